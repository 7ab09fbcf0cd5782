package io.transcheck.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells text from page furniture, line by line, using the rules in boilerplate.tsv, plus YAML
 * front matter at the top of a file. Also finds where the text of a line starts after Markdown
 * marks, so that reports show what a reader sees.
 */
public final class Boilerplate {
    private static final String RULES = "/corpus/boilerplate.tsv";
    private static final Pattern LEADING_MARKS = Pattern.compile("^\\s*(#{1,6}\\s+|[-*+]\\s+|>\\s*)?");
    private static final int MAX_FRONT_MATTER_LINES = 80;

    private record Rule(LineKind kind, Pattern pattern, String reason) {}

    private static final List<Rule> RULE_LIST = load();

    private Boilerplate() {}

    /**
     * A line or paragraph of a document as its format gives it, before classification.
     *
     * @param no      its line (or paragraph) number, what reports show
     * @param heading whether the format marks it as a title (Markdown #, a Word heading style, HTML h1-h6)
     */
    record Block(int no, String text, boolean heading) {
        Block {
            if (no < 1 || text == null) throw new IllegalArgumentException("block " + no);
        }
    }

    /**
     * Classifies blocks whose markup the format has already removed (Markdown, Word, HTML,
     * subtitles): the rules of boilerplate.tsv, then the format's headings.
     */
    static List<SourceLine> classifyBlocks(List<Block> blocks) {
        List<SourceLine> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            Rule rule = match(b.text());
            if (rule != null) out.add(new SourceLine(b.no(), b.text(), rule.kind(), 0, rule.reason()));
            else out.add(new SourceLine(b.no(), b.text(), b.heading() ? LineKind.HEADING : LineKind.CONTENT, 0, b.heading() ? "heading" : null));
        }
        return out;
    }

    /** Classifies each line of a decoded file. */
    public static List<SourceLine> classify(List<String> lines) {
        int frontMatterEnd = frontMatterEnd(lines);
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (i <= frontMatterEnd) {
                out.add(new SourceLine(i + 1, text, LineKind.MARKUP, 0, "YAML front matter"));
                continue;
            }
            Rule rule = match(text);
            int start = contentStart(text);
            if (rule != null) {
                out.add(new SourceLine(i + 1, text, rule.kind(), start, rule.reason()));
            } else {
                out.add(new SourceLine(i + 1, text, LineKind.CONTENT, start, null));
            }
        }
        return out;
    }

    static int contentStart(String line) {
        Matcher m = LEADING_MARKS.matcher(line);
        int start = m.find() ? m.end() : 0;
        while (start < line.length() && Character.isWhitespace(line.charAt(start))) start++;
        return start;
    }

    private static Rule match(String line) {
        for (Rule r : RULE_LIST) {
            if (r.pattern().matcher(line).find()) return r;
        }
        return null;
    }

    /** Index of the closing `---` of front matter that opens the file, or -1. */
    static int frontMatterEnd(List<String> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) first++;
        if (first >= lines.size() || !lines.get(first).strip().equals("---")) return -1;
        for (int i = first + 1; i < Math.min(lines.size(), first + MAX_FRONT_MATTER_LINES); i++) {
            String l = lines.get(i).strip();
            if (l.equals("---") || l.equals("...")) return i;
        }
        return -1;
    }

    private static List<Rule> load() {
        List<Rule> rules = new ArrayList<>();
        for (Resources.Line line : Resources.lines(RULES)) {
            String[] p = line.text().split("\t");
            if (p.length != 3) throw new IllegalStateException(RULES + ":" + line.no() + ": expected kind<TAB>regex<TAB>reason");
            rules.add(new Rule(LineKind.valueOf(p[0]), Pattern.compile(p[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), p[2]));
        }
        return List.copyOf(rules);
    }
}
