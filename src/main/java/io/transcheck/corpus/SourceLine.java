package io.transcheck.corpus;

/**
 * One line of an input file.
 *
 * @param no           1-based line number in the original file
 * @param text         the line as decoded, without its line break
 * @param contentStart where the text starts after leading Markdown marks (`### `, `- `, `> `)
 * @param note         why the line is boilerplate or markup, else null
 */
public record SourceLine(int no, String text, LineKind kind, int contentStart, String note) {
    public SourceLine {
        if (no < 1) throw new IllegalArgumentException("line " + no);
        if (contentStart < 0 || contentStart > text.length()) throw new IllegalArgumentException("content start " + contentStart);
    }
}
