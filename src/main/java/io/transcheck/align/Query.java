package io.transcheck.align;

/**
 * What is looked up for an edited sentence: its normalized text and, when embeddings are on, its
 * vector (else null). A query keeps its lexical side and its cosines with transcript sentences, so
 * that matching and alignment of the same sentence compute each at most once. One thread uses a
 * query at a time.
 */
public final class Query {
    private final String normalized;
    private final float[] vector;
    private final Cosines cosines;
    private LexicalScorer lexicalOf;
    private LexicalScorer.Query lexical;

    public Query(String normalized, float[] vector) {
        this.normalized = normalized;
        this.vector = vector;
        this.cosines = vector == null ? null : new Cosines(vector);
    }

    public String normalized() { return normalized; }

    public float[] vector() { return vector; }

    /** Cosines with transcript sentences, or null when the query has no vector. */
    Cosines cosines() { return cosines; }

    /** The lexical side, made once per scorer (matching and alignment ask for it several times). */
    LexicalScorer.Query lexical(LexicalScorer scorer) {
        if (lexicalOf != scorer) {
            lexical = scorer.query(normalized);
            lexicalOf = scorer;
        }
        return lexical;
    }

    /** A query vector's cosines with transcript sentences, each computed at most once per query. */
    static final class Cosines {
        private final float[] vector;
        private final java.util.Map<Transcript, double[]> byTranscript = new java.util.IdentityHashMap<>();

        private Cosines(float[] vector) {
            this.vector = vector;
        }

        /** All cosines with the sentences of a transcript, or null if it has no vectors. */
        double[] of(Transcript t) {
            if (!t.hasVectors()) return null;
            return byTranscript.computeIfAbsent(t, tr -> {
                double[] c = new double[tr.size()];
                for (int i = 0; i < c.length; i++) c[i] = Embedder.cosine(vector, tr.vector(i));
                return c;
            });
        }

        /** The cosine with a span's direction, NaN if its transcript has no vectors. */
        double span(Span span) {
            double[] c = of(span.transcript());
            return c == null ? Double.NaN : span.transcript().spanCosine(span, c);
        }
    }
}
