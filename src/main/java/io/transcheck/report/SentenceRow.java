package io.transcheck.report;

import io.transcheck.align.AlignedSentence;
import io.transcheck.align.LineRange;
import io.transcheck.check.Label;
import io.transcheck.check.Verdict;
import io.transcheck.text.Sentence;

import java.util.List;
import java.util.Locale;

/**
 * One row of sentences.csv (and, for flagged labels, of flagged.csv). Columns are the contract in
 * DESIGN.md; {@code transcriptLines} is the passage's place as numbers (null when no passage is
 * shown), stored beside the row, not a column.
 */
public record SentenceRow(String docId, int sentenceNo, int lineNo, String speaker, String editedText,
                          Label label, double score, String transcriptId, String transcriptRefs,
                          String transcriptText, String transcriptSpeaker, String reasons, LineRange transcriptLines) {

    public static final List<String> COLUMNS = List.of("doc_id", "sentence_no", "line_no", "speaker", "edited_text",
            "label", "score", "transcript_id", "transcript_refs", "transcript_text", "transcript_speaker", "reasons");

    public SentenceRow {
        if (docId == null || editedText == null || label == null) throw new IllegalArgumentException("incomplete row");
        speaker = nz(speaker);
        transcriptId = nz(transcriptId);
        transcriptRefs = nz(transcriptRefs);
        transcriptText = nz(transcriptText);
        transcriptSpeaker = nz(transcriptSpeaker);
        reasons = nz(reasons);
    }

    /** A row whose passage's lines are not known as numbers (read back from a CSV file). */
    public SentenceRow(String docId, int sentenceNo, int lineNo, String speaker, String editedText, Label label, double score,
                       String transcriptId, String transcriptRefs, String transcriptText, String transcriptSpeaker, String reasons) {
        this(docId, sentenceNo, lineNo, speaker, editedText, label, score, transcriptId, transcriptRefs, transcriptText, transcriptSpeaker, reasons, null);
    }

    public static SentenceRow of(String docId, AlignedSentence aligned, Verdict v) {
        Sentence s = aligned.sentence();
        var a = aligned.alignment();
        // unsupported claims still show their closest passage: the editor sees what it was compared with
        boolean showPassage = a != null && s.isClaim();
        return new SentenceRow(docId, s.no(), s.lineNo(), s.speaker(), s.text(), v.label(), v.score(),
                aligned.matched() ? aligned.transcript().id() : null,
                showPassage ? a.span().refs() : "", showPassage ? a.span().text() : "",
                showPassage ? a.transcript().speaker(a.span()) : "", v.reasons(), showPassage ? a.span().lines() : null);
    }

    public List<String> cells() {
        return List.of(docId, Integer.toString(sentenceNo), Integer.toString(lineNo), speaker, editedText,
                label.name(), formatScore(score), transcriptId, transcriptRefs, transcriptText, transcriptSpeaker, reasons);
    }

    public static String formatScore(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
