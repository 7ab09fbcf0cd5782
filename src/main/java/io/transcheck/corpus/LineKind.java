package io.transcheck.corpus;

/** How ingest classifies a line of an input file. */
public enum LineKind {
    /** Article or transcript text. */
    CONTENT,
    /**
     * A title marked as one by the format (a Markdown {@code #} heading, a Word heading style, an
     * HTML {@code <h2>}): reported, not checked, unless it is a speaker label that opens a turn.
     */
    HEADING,
    /** Visible page furniture: navigation, captions, source links, copyright notices. Reported, not checked. */
    BOILERPLATE,
    /** Markup or metadata that is not part of the text (front matter, TOC markers, blank lines). Dropped. */
    MARKUP
}
