package io.transcheck.corpus;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The kind of file a document came in, and how reports point into it: {@code L12} (line 12) in
 * text and Markdown, {@code ¶12} (the 12th paragraph with text) in Word and HTML, the time code of
 * the cue in subtitles. documents.csv names it in its {@code format} column.
 */
public enum DocumentFormat {
    TEXT("text"),
    MARKDOWN("markdown"),
    DOCX("docx"),
    HTML("html"),
    SRT("srt"),
    VTT("vtt");

    private final String label;

    DocumentFormat(String label) {
        this.label = label;
    }

    /** As documents.csv names it. */
    public String label() {
        return label;
    }

    /** Paragraphs, not lines, are what line numbers count. */
    public boolean paragraphs() {
        return this == DOCX || this == HTML;
    }

    /** Subtitle cues: short lines without end marks that are speech, never headings. */
    public boolean subtitles() {
        return this == SRT || this == VTT;
    }

    /** A reference to a line (or paragraph) for reports, unless subtitles give it a time code. */
    public String ref(int no) {
        return (paragraphs() ? "¶" : "L") + no;
    }

    /**
     * The format of a file, from its name and its first bytes: a Word file is a ZIP that holds
     * {@code word/document.xml}; HTML and WebVTT say so at the top; SubRip by name or by a first
     * cue; Markdown by name (a transcript also by its headings, see {@link DocumentReader#read(java.nio.file.Path, boolean)}).
     */
    static DocumentFormat of(String fileName, byte[] bytes) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (isZip(bytes) && (name.endsWith(".docx") || contains(bytes, "word/document.xml"))) return DOCX;
        if (name.endsWith(".docx")) return DOCX;   // not a ZIP: the reader says it is damaged
        String head = head(bytes);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")
                || head.startsWith("<!doctype html") || head.startsWith("<html")) return HTML;
        if (name.endsWith(".vtt") || head.startsWith("webvtt")) return VTT;
        if (name.endsWith(".srt") || head.matches("(?s)\\d+\\s*\\r?\\n\\d{1,2}:\\d{2}:\\d{2}[,.]\\d{1,3}\\s*-->.*")) return SRT;
        if (name.endsWith(".md") || name.endsWith(".markdown")) return MARKDOWN;
        return TEXT;
    }

    private static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    private static boolean contains(byte[] bytes, String ascii) {
        byte[] n = ascii.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + n.length <= bytes.length; i++) {
            for (int j = 0; j < n.length; j++) if (bytes[i + j] != n[j]) continue outer;
            return true;
        }
        return false;
    }

    /** The first bytes as lower-case ASCII, after a UTF-8 BOM and blanks (UTF-16 files fall through to TEXT and are decoded there). */
    private static String head(byte[] b) {
        int i = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < b.length && Character.isWhitespace(b[i])) i++;
        return new String(b, i, Math.min(200, b.length - i), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    }
}
