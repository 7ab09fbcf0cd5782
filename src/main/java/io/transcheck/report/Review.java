package io.transcheck.report;

import io.transcheck.text.Normalizer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A reviewer's decision on a flagged sentence, keyed on content: the document, the sentence and
 * the transcript passage, each normalized, so that the decision survives lines moving and a changed
 * sentence (or a different passage) is reviewed again.
 */
public record Review(String docId, String editedText, String transcriptId, String transcriptText, Decision decision, String note) {

    public enum Decision { CONFIRMED, FALSE_POSITIVE, FIXED }

    private static final Normalizer NORMALIZER = new Normalizer();

    public String key() {
        return key(docId, editedText, transcriptId, transcriptText);
    }

    public static String key(SentenceRow row) {
        return key(row.docId(), row.editedText(), row.transcriptId(), row.transcriptText());
    }

    static String key(String docId, String edited, String transcriptId, String transcriptText) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {docId, fold(edited), transcriptId, fold(transcriptText)}) {
                md.update(part.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fold(String s) {
        return s == null ? "" : NORMALIZER.normalize(s).text().replace(" ", "");
    }
}
