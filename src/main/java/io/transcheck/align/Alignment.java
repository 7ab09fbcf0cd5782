package io.transcheck.align;

/**
 * The transcript span that best supports an edited sentence.
 *
 * @param semantic cosine similarity of sentence embeddings, or NaN when the model is off
 * @param support  the support score in [0,1] that labels and reports use
 */
public record Alignment(Span span, LexicalScores lexical, double semantic, double support) {
    public Alignment {
        if (span == null || lexical == null) throw new IllegalArgumentException("incomplete alignment");
        if (!(support >= 0 && support <= 1.0000001)) throw new IllegalArgumentException("support " + support);
    }

    public Transcript transcript() {
        return span.transcript();
    }
}
