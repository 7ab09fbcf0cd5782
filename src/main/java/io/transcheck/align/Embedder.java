package io.transcheck.align;

import java.util.List;

/** Turns sentences into L2-normalized vectors whose dot product is their cosine similarity. */
public interface Embedder {
    /** Identifies the model, so that cached vectors of another model are never mixed in. */
    String modelId();

    /** One vector per text, in order. */
    List<float[]> embed(List<String> texts);

    /** Whether vectors are produced at all; when off, alignment and scoring are lexical only. */
    default boolean enabled() {
        return true;
    }

    Embedder NONE = new Embedder() {
        @Override public String modelId() { return "none"; }
        @Override public List<float[]> embed(List<String> texts) { throw new UnsupportedOperationException("embeddings are switched off"); }
        @Override public boolean enabled() { return false; }
    };

    static double cosine(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) d += a[i] * b[i];
        return d;
    }
}
