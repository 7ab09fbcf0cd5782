package io.transcheck.report;

import io.transcheck.check.Label;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One row of documents.csv.
 *
 * @param sentences           sentences reported for the document
 * @param claims              sentences that may assert something (not headings or boilerplate)
 * @param matchShare          share of claims anchored in the transcript (the matching evidence)
 * @param supportedShare      share of claims labelled FAITHFUL or PARAPHRASE
 * @param transcriptCoverage  share of the transcript's sentences that some claim aligns to
 * @param encoding            the encoding the file was decoded from
 * @param note                why it is unmatched or in error, else empty
 * @param format              the kind of file (text, markdown, docx, html, srt, vtt), empty if it could not be read;
 *                            the columns from here on come after the contract's
 * @param closest             how close it came to a transcript (for an UNMATCHED document: the one it came closest to), or null
 */
public record DocumentRow(String docId, String transcriptId, DocumentStatus status, int sentences, int claims,
                          double matchShare, double supportedShare, double transcriptCoverage,
                          Map<Label, Integer> labelCounts, String encoding, String note, String format, Closest closest) {

    /**
     * @param transcriptId the closest transcript
     * @param pointShare   share of the document's claims well supported somewhere in it
     * @param namesShare   share of its distinctive names found in it, NaN when it has too few to tell
     */
    public record Closest(String transcriptId, double pointShare, double namesShare) {}

    public static final List<String> COLUMNS;

    static {
        List<String> c = new ArrayList<>(List.of("doc_id", "transcript_id", "status", "sentences", "claims",
                "match_share", "supported_share", "transcript_coverage"));
        for (Label l : Label.values()) c.add(l.name().toLowerCase(java.util.Locale.ROOT));
        c.add("encoding");
        c.add("note");
        c.add("format");
        c.add("closest_transcript");
        c.add("point_share");
        c.add("names_share");
        COLUMNS = List.copyOf(c);
    }

    public DocumentRow {
        if (docId == null || status == null) throw new IllegalArgumentException("incomplete document row");
        EnumMap<Label, Integer> counts = new EnumMap<>(Label.class);
        for (Label l : Label.values()) counts.put(l, labelCounts == null ? 0 : labelCounts.getOrDefault(l, 0));
        labelCounts = counts;
        transcriptId = transcriptId == null ? "" : transcriptId;
        encoding = encoding == null ? "" : encoding;
        note = note == null ? "" : note;
        format = format == null ? "" : format;
    }

    public DocumentRow(String docId, String transcriptId, DocumentStatus status, int sentences, int claims,
                       double matchShare, double supportedShare, double transcriptCoverage,
                       Map<Label, Integer> labelCounts, String encoding, String note) {
        this(docId, transcriptId, status, sentences, claims, matchShare, supportedShare, transcriptCoverage, labelCounts, encoding, note, "", null);
    }

    public List<String> cells() {
        List<String> c = new ArrayList<>(List.of(docId, transcriptId, status.name(), Integer.toString(sentences),
                Integer.toString(claims), SentenceRow.formatScore(matchShare), SentenceRow.formatScore(supportedShare),
                SentenceRow.formatScore(transcriptCoverage)));
        for (Label l : Label.values()) c.add(Integer.toString(labelCounts.get(l)));
        c.add(encoding);
        c.add(note);
        c.add(format);
        c.add(closest == null || closest.transcriptId() == null ? "" : closest.transcriptId());
        c.add(closest == null ? "" : SentenceRow.formatScore(closest.pointShare()));
        c.add(closest == null || Double.isNaN(closest.namesShare()) ? "" : SentenceRow.formatScore(closest.namesShare()));
        return c;
    }
}
