package io.transcheck.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds, for an edited sentence, the span of one to {@code maxSpan} consecutive transcript
 * sentences that best supports it, anywhere in the transcript: articles re-order, so there is
 * no monotonic assumption. Only spans around retrieved candidates are scored: the sentences that
 * share the most rare bigrams with it, and (with embeddings) the most similar in meaning.
 */
public final class Aligner {
    private final TranscriptLibrary library;
    private final AlignSettings settings;
    private final LexicalScorer scorer;

    public Aligner(TranscriptLibrary library, AlignSettings settings) {
        this.library = library;
        this.settings = settings;
        this.scorer = new LexicalScorer(library.index(), settings.bigramWeight(), settings.unitWeight(), settings.lcsWeight());
    }

    public TranscriptLibrary library() {
        return library;
    }

    /** What is looked up: normalized text and, when embeddings are on, its vector (else null). */
    public record Query(String normalized, float[] vector) {}

    /** The best span in each transcript that has candidates, best transcript first. */
    public Map<String, Alignment> bestByTranscript(Query query) {
        LexicalScorer.Query q = scorer.query(query.normalized());
        Map<String, Alignment> best = new LinkedHashMap<>();
        for (int t = 0; t < library.transcripts().size(); t++) {
            Transcript tr = library.transcripts().get(t);
            for (int i : candidates(q, query.vector(), t, library.index().candidates(q.bigrams(), settings.candidates(), -1))) {
                Alignment a = bestAround(q, query.vector(), tr, i);
                best.merge(tr.id(), a, (x, y) -> better(y, x) ? y : x);
            }
        }
        List<Map.Entry<String, Alignment>> sorted = new ArrayList<>(best.entrySet());
        sorted.sort(Comparator.comparingDouble((Map.Entry<String, Alignment> e) -> -e.getValue().support()));
        Map<String, Alignment> out = new LinkedHashMap<>();
        sorted.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The best span in one transcript, if any sentence of it is a candidate. */
    public Optional<Alignment> best(Query query, Transcript transcript) {
        int t = library.indexOf(transcript);
        if (t < 0) throw new IllegalArgumentException(transcript.id() + " is not in the library");
        LexicalScorer.Query q = scorer.query(query.normalized());
        Alignment best = null;
        for (int i : candidates(q, query.vector(), t, library.index().candidates(q.bigrams(), settings.candidates(), t))) {
            Alignment a = bestAround(q, query.vector(), transcript, i);
            if (best == null || better(a, best)) best = a;
        }
        return Optional.ofNullable(best);
    }

    /** Candidate sentence positions in transcript t: lexical hits there, plus the nearest in meaning. */
    private Set<Integer> candidates(LexicalScorer.Query q, float[] vector, int t, List<SentenceIndex.Hit> lexical) {
        Set<Integer> out = new LinkedHashSet<>();
        for (SentenceIndex.Hit h : lexical) if (h.transcript() == t) out.add(h.sentence());
        Transcript tr = library.transcripts().get(t);
        if (vector != null && tr.hasVectors()) out.addAll(nearest(vector, tr, settings.semanticCandidates()));
        return out;
    }

    /** The k sentences of a transcript most similar in meaning (a scan of its vectors: cheap next to scoring). */
    static List<Integer> nearest(float[] vector, Transcript t, int k) {
        int n = t.size();
        double[] sims = new double[n];
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            sims[i] = Embedder.cosine(vector, t.vector(i));
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (a, b) -> sims[a] != sims[b] ? Double.compare(sims[b], sims[a]) : Integer.compare(a, b));
        List<Integer> out = new ArrayList<>(Math.min(k, n));
        for (int i = 0; i < Math.min(k, n); i++) out.add(idx[i]);
        return out;
    }

    /** Scores every span of up to maxSpan sentences that contains sentence i. */
    private Alignment bestAround(LexicalScorer.Query q, float[] vector, Transcript t, int i) {
        Alignment best = null;
        for (int len = 1; len <= settings.maxSpan(); len++) {
            for (int from = i - len + 1; from <= i; from++) {
                int to = from + len;
                if (from < 0 || to > t.size()) continue;
                Span span = new Span(t, from, to);
                LexicalScores lex = scorer.score(q, span);
                double semantic = vector != null && t.hasVectors() ? Embedder.cosine(vector, t.vector(span)) : Double.NaN;
                double support = Math.max(0, support(lex.combined(), semantic) - settings.spanPenalty() * (len - 1));
                Alignment a = new Alignment(span, lex, semantic, support);
                if (best == null || better(a, best)) best = a;
            }
        }
        return best;
    }

    /**
     * Support in [0,1] from both scores, each calibrated to "how surely this passage says the same":
     * wording by {@code lexicalCeiling}, meaning between {@code semanticFloor} and {@code semanticCeiling}.
     * Meaning raises the wording's support, never lowers it: a near-verbatim sentence is supported
     * whatever the model thinks.
     */
    double support(double lexical, double semantic) {
        double wording = Math.min(1, lexical / settings.lexicalCeiling());
        if (Double.isNaN(semantic)) return wording;
        double meaning = Math.max(0, Math.min(1, (semantic - settings.semanticFloor()) / (settings.semanticCeiling() - settings.semanticFloor())));
        return Math.min(1, wording + settings.semanticWeight() * Math.max(0, meaning - wording));
    }

    /** Higher support wins; on a tie the shorter, then the earlier span. */
    static boolean better(Alignment a, Alignment b) {
        if (a.support() != b.support()) return a.support() > b.support();
        if (a.span().length() != b.span().length()) return a.span().length() < b.span().length();
        return a.span().from() < b.span().from();
    }
}
