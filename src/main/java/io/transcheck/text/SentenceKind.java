package io.transcheck.text;

/** What a segment of a document is, before any check runs. */
public enum SentenceKind {
    /** Prose that may assert something: aligned and checked. */
    CLAIM,
    /** A heading or section title: reported, never aligned. */
    HEADING,
    /** Visible page furniture (navigation, captions, copyright): reported, never aligned. */
    BOILERPLATE
}
