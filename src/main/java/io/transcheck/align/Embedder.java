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

    /** The normalized sum of some vectors: the direction of a span of sentences. */
    static float[] mean(List<float[]> vectors) {
        float[] sum = new float[vectors.get(0).length];
        for (float[] v : vectors) for (int i = 0; i < v.length; i++) sum[i] += v[i];
        double norm = 0;
        for (float x : sum) norm += x * x;
        norm = Math.sqrt(norm);
        if (norm > 0) for (int i = 0; i < sum.length; i++) sum[i] /= (float) norm;
        return sum;
    }
}
