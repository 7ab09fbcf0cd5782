package io.transcheck.corpus;

/** How ingest classifies a line of an input file. */
public enum LineKind {
    /** Article or transcript text. */
    CONTENT,
    /** Visible page furniture: navigation, captions, source links, copyright notices. Reported, not checked. */
    BOILERPLATE,
    /** Markup or metadata that is not part of the text (front matter, TOC markers, blank lines). Dropped. */
    MARKUP
}
