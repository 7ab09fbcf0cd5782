package io.transcheck.corpus;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An HTML page to the paragraphs of its article, numbered from 1 as a reader counts them. The
 * article is the page's {@code <article>} (the one with the most text), else its {@code <main>},
 * else its body; scripts, styles, forms, navigation, page headers, footers, sidebars and elements
 * whose class or id says they are such furniture (nav, menu, breadcrumb, footer, share, comment...)
 * are not the article. {@code <h1>}-{@code <h6>} are headings; {@code <br>} ends a paragraph.
 */
final class HtmlText {
    private static final String NEVER_TEXT = "script, style, noscript, template, svg, canvas, iframe, object, embed, form, button, "
            + "select, input, textarea, nav, aside, menu, dialog, [hidden], [aria-hidden=true], "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search]";
    private static final Pattern FURNITURE = Pattern.compile(
            "(^|[-_\\s])(nav|navbar|navigation|menu|breadcrumbs?|crumbs?|footer|sidebar|side-bar|share|sharing|social|comments?|"
                    + "related|recommend(ed|ation)?s?|advert(isement)?s?|ads?|banner|copyright|login|signin|toolbar|topbar|header|masthead|"
                    + "cookie|subscribe|newsletter|pagination|pager)($|[-_\\s])", Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer", "li", "ul", "ol",
            "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "thead", "tbody", "tr", "td", "th", "caption",
            "h1", "h2", "h3", "h4", "h5", "h6", "address", "hr", "br", "body", "center");

    private HtmlText() {}

    static List<Boilerplate.Block> paragraphs(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(NEVER_TEXT).remove();
        Element root = article(doc);
        // page headers and footers; an article's own header (its title and byline) stays
        for (Element e : root.select("header, footer")) {
            if (e.tagName().equals("footer") || e.closest("article, main") == null) e.remove();
        }
        for (Element e : new ArrayList<>(root.getAllElements())) {
            if (e != root && e.parent() != null && FURNITURE.matcher(e.className() + " " + e.id()).find()
                    && e.closest("article, main") != e) {
                e.remove();
            }
        }
        List<Boilerplate.Block> out = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private final StringBuilder text = new StringBuilder();
            private boolean heading;

            @Override public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush();
                    if (e.normalName().matches("h[1-6]")) heading = true;
                }
            }

            @Override public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush();
                    heading = false;
                }
                if (depth == 0) flush();
            }

            private void flush() {
                String t = text.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
                text.setLength(0);
                if (!t.isEmpty()) out.add(new Boilerplate.Block(out.size() + 1, t, heading));
            }
        }, root);
        return out;
    }

    /** The element that holds the article's text. */
    private static Element article(Document doc) {
        Elements articles = doc.select("article");
        if (!articles.isEmpty()) return articles.stream().max(Comparator.comparingInt(e -> e.text().length())).orElseThrow();
        Element main = doc.selectFirst("main, [role=main]");
        if (main != null) return main;
        return doc.body();
    }
}
