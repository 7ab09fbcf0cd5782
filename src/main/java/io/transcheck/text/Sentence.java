package io.transcheck.text;

import io.transcheck.corpus.Role;

/**
 * One sentence of a document.
 *
 * @param no      1-based position in the document
 * @param lineNo  1-based line of the original file
 * @param text    exactly as in the file, including the speaker label when the sentence opens a turn
 * @param content the spoken or written content (no speaker label), normalized for comparison
 * @param speaker the speaker label as written (`汤普森`), or null
 * @param role    the role that label stands for (`host`), or null
 * @param turn    number of the speaker turn the sentence belongs to, 0 outside any turn
 * @param note    why the sentence has its kind (for headings and boilerplate), or null
 */
public record Sentence(int no, int lineNo, String text, NormalizedText content,
                       String speaker, Role role, int turn, SentenceKind kind, String note) {
    public Sentence {
        if (no < 1 || lineNo < 1) throw new IllegalArgumentException("sentence " + no + " at line " + lineNo);
        if (text == null || content == null || kind == null) throw new IllegalArgumentException("incomplete sentence " + no);
    }

    public boolean isClaim() {
        return kind == SentenceKind.CLAIM;
    }
}
