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

    /**
     * Re-aligns the claims of one document in one transcript using their neighbours: an article
     * follows its source locally, so a claim between two confidently aligned neighbours most likely
     * comes from between their passages. Confident first-pass alignments become anchors; every claim
     * is then re-scored over its own candidates plus the transcript between the nearest anchors
     * before and after it, preferring spans in that stretch and spans by the same speaker role.
     * Support values stay what the content earns; only the choice of span uses the preferences.
     *
     * @param roles    the role (host, guest) the article gives each claim, or null
     * @param sections the article section of each claim: anchors guide only claims of their own section
     */
    public List<Alignment> alignInContext(List<Query> queries, List<String> roles, int[] sections, Transcript t, List<Alignment> first) {
        int n = queries.size();
        int ti = library.indexOf(t);
        boolean[] anchor = new boolean[n];
        for (int i = 0; i < n; i++) anchor[i] = isAnchor(first, i);
        List<Alignment> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int prev = -1;
            int next = -1;
            for (int d = 1; d <= settings.contextReach() && (prev < 0 || next < 0); d++) {
                if (prev < 0 && i - d >= 0 && anchor[i - d] && sections[i - d] == sections[i]) prev = i - d;
                if (next < 0 && i + d < n && anchor[i + d] && sections[i + d] == sections[i]) next = i + d;
            }
            int lo = -1;
            int hi = -1;
            if (prev >= 0 || next >= 0) {
                Span a = first.get(prev >= 0 ? prev : next).span();
                Span b = first.get(next >= 0 ? next : prev).span();
                lo = Math.min(a.from(), b.from()) - settings.contextSlack();
                hi = Math.max(a.to() - 1, b.to() - 1) + settings.contextSlack();
                if (hi - lo > settings.contextMaxWindow()) {   // anchors far apart: the article jumps here
                    lo = -1;
                    hi = -1;
                }
            }
            String role = roles == null ? null : roles.get(i);
            final int from = lo;
            final int to = hi;
            java.util.function.ToDoubleFunction<Alignment> preference = a -> {
                double p = 0;
                if (from >= 0 && overlaps(a.span(), from, to)) p += settings.contextWeight();
                if (role != null && t.roles(a.span()).contains(role)) p += settings.roleWeight();
                return p;
            };
            LexicalScorer.Query q = scorer.query(queries.get(i).normalized());
            float[] vector = queries.get(i).vector();
            Set<Integer> cands = candidates(q, vector, ti, library.index().candidates(q.bigrams(), settings.candidates(), ti));
            if (from >= 0) for (int k = Math.max(0, from); k <= Math.min(t.size() - 1, to); k++) cands.add(k);
            Set<Long> seen = new java.util.HashSet<>();
            Alignment best = null;
            double bestChoice = Double.NEGATIVE_INFINITY;
            for (int c : cands) {
                Alignment a = bestAround(q, vector, t, c, preference, seen);
                if (a == null) continue;
                double choice = a.support() + preference.applyAsDouble(a);
                if (best == null || choice > bestChoice || (choice == bestChoice && better(a, best))) {
                    best = a;
                    bestChoice = choice;
                }
            }
            out.add(withElaboration(best != null ? best : first.get(i)));
        }
        return out;
    }

    /**
     * A span that ends on a bare reply (`有時會。`, `我們考慮過。`) takes the next sentence of the same turn:
     * the reply means little without it. Support stays what the core span earned.
     */
    Alignment withElaboration(Alignment a) {
        if (a == null) return null;
        Span s = a.span();
        Transcript t = s.transcript();
        int last = s.to() - 1;
        if (s.length() >= settings.maxSpan() || s.to() >= t.size()) return a;
        if (t.units(last).length > settings.shortReplyUnits()) return a;
        if (t.sentence(s.to()).turn() != t.sentence(last).turn() || t.sentence(last).turn() == 0) return a;
        return new Alignment(new Span(t, s.from(), s.to() + 1), a.lexical(), a.semantic(), a.support());
    }

    private static boolean overlaps(Span s, int from, int to) {
        return s.from() <= to && s.to() - 1 >= from;
    }

    /** A first-pass alignment confident enough to guide its neighbours: well supported and in order with one of them. */
    private boolean isAnchor(List<Alignment> first, int i) {
        Alignment a = first.get(i);
        if (a == null || a.support() < settings.contextAnchorSupport()) return false;
        for (int d = -2; d <= 2; d++) {
            int j = i + d;
            if (d == 0 || j < 0 || j >= first.size() || first.get(j) == null) continue;
            if (Math.abs(first.get(j).span().from() - a.span().from()) <= settings.matchWindow()) return true;
        }
        return false;
    }

    /** Candidate sentence positions in transcript t: lexical hits there, plus the nearest in meaning. */
    private Set<Integer> candidates(LexicalScorer.Query q, float[] vector, int t, List<SentenceIndex.Hit> lexical) {
        Set<Integer> out = new LinkedHashSet<>();
        if (settings.exhaustive()) {
            for (int i = 0; i < library.transcripts().get(t).size(); i++) out.add(i);
            return out;
        }
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
        return bestAround(q, vector, t, i, a -> 0, null);
    }

    /**
     * Like {@link #bestAround(LexicalScorer.Query, float[], Transcript, int)}, choosing by support plus a
     * preference (which does not change the support reported). {@code seen} skips spans already scored.
     */
    private Alignment bestAround(LexicalScorer.Query q, float[] vector, Transcript t, int i,
                                 java.util.function.ToDoubleFunction<Alignment> preference, Set<Long> seen) {
        Alignment best = null;
        double bestChoice = Double.NEGATIVE_INFINITY;
        for (int len = 1; len <= settings.maxSpan(); len++) {
            for (int from = i - len + 1; from <= i; from++) {
                int to = from + len;
                if (from < 0 || to > t.size()) continue;
                if (seen != null && !seen.add(((long) from << 32) | to)) continue;
                Span span = new Span(t, from, to);
                LexicalScores lex = scorer.score(q, span);
                double semantic = vector != null && t.hasVectors() ? Embedder.cosine(vector, t.vector(span)) : Double.NaN;
                double support = Math.max(0, support(lex.combined(), semantic) - settings.spanPenalty() * (len - 1));
                Alignment a = new Alignment(span, lex, semantic, support);
                double choice = support + preference.applyAsDouble(a);
                if (best == null || choice > bestChoice || (choice == bestChoice && better(a, best))) {
                    best = a;
                    bestChoice = choice;
                }
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
