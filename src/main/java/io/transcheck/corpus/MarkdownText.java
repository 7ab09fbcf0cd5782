package io.transcheck.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to the text a reader sees, line by line, so that line numbers stay those of the file
 * and no markup reaches a report: heading, quote and list marks, emphasis, links (their text),
 * images, inline HTML, code fences and front matter go; ATX headings stay marked as headings.
 */
final class MarkdownText {
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+|$)(.*?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}(>[ \\t]?)+");
    private static final Pattern LIST = Pattern.compile("^[ \\t]*(?:[-*+]|\\d{1,9}[.)])[ \\t]+(?:\\[[ xX]\\][ \\t]+)?");
    private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])([ \\t]*\\1){2,}[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s+\\S+.*$");
    /** Inline rewrites, in order: each pattern's group 1 (or nothing) replaces the match. */
    private static final List<Pattern> INLINE = List.of(
            Pattern.compile("<!--.*?-->"),                                   // comment
            Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)"),                    // image: its alt text
            Pattern.compile("\\[\\^[^\\]]+\\]"),                               // footnote reference
            Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)"),                     // link: its text
            Pattern.compile("\\[([^\\]]+)\\]\\[[^\\]]*\\]"),                   // reference link
            Pattern.compile("<((?:https?|ftp|mailto|ipns|ipfs):[^>\\s]+)>"),   // autolink
            Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>"),      // inline HTML tag
            Pattern.compile("`+([^`]+?)`+"),                                   // code span
            Pattern.compile("\\*\\*(\\S(?:.*?\\S)?)\\*\\*"),                   // strong
            Pattern.compile("__(\\S(?:.*?\\S)?)__"),
            Pattern.compile("~~(\\S(?:.*?\\S)?)~~"),                           // strike-through
            Pattern.compile("\\*(\\S(?:.*?\\S)?)\\*"),                         // emphasis
            Pattern.compile("(?<![\\p{L}\\p{N}])_(\\S(?:.*?\\S)?)_(?![\\p{L}\\p{N}])"),
            Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>|~])"));          // escaped character
    private static final int MIN_HEADINGS = 3;
    private static final Pattern BOLD_LABEL = Pattern.compile("^\\s*\\*\\*[^*]{1,30}(\\*\\*\\s*[:：]|[:：]\\*\\*)");

    private MarkdownText() {}

    /**
     * Whether a transcript named .txt is Markdown all the same: at least three ATX headings or bold
     * speaker labels ({@code **名字**：}), whose marks must not reach reports.
     */
    static boolean looksLikeMarkdown(List<String> lines) {
        int marks = 0;
        for (String l : lines) {
            if (ATX.matcher(l).matches() && !l.strip().matches("#+")) marks++;
            else if (BOLD_LABEL.matcher(l).find()) marks++;
            if (marks >= MIN_HEADINGS) return true;
        }
        return false;
    }

    /** One block per line of the file, numbered as the file numbers them; markup lines become blank. */
    static List<Boilerplate.Block> render(List<String> lines) {
        List<Boilerplate.Block> out = new ArrayList<>(lines.size());
        int frontMatterEnd = Boilerplate.frontMatterEnd(lines);
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FENCE.matcher(line).find()) {
                fenced = !fenced;
                out.add(new Boilerplate.Block(i + 1, "", false));
                continue;
            }
            if (i <= frontMatterEnd || fenced || RULE.matcher(line).matches() || REFERENCE_DEFINITION.matcher(line).matches()) {
                out.add(new Boilerplate.Block(i + 1, "", false));
                continue;
            }
            String text = QUOTE.matcher(line).replaceFirst("");
            boolean heading = false;
            Matcher atx = ATX.matcher(text);
            if (atx.matches()) {
                heading = true;
                text = atx.group(2);
            } else {
                text = LIST.matcher(text).replaceFirst("");
            }
            out.add(new Boilerplate.Block(i + 1, inline(text).strip(), heading));
        }
        return out;
    }

    /** Inline markup removed from one line. */
    static String inline(String text) {
        String s = text;
        for (Pattern p : INLINE) {
            Matcher m = p.matcher(s);
            StringBuilder sb = new StringBuilder();
            while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(m.groupCount() > 0 && m.group(1) != null ? m.group(1) : ""));
            m.appendTail(sb);
            s = sb.toString();
        }
        return s.replaceAll("[ \\t]{2,}$", "");
    }
}
