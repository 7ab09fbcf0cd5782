package io.transcheck.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

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

    /**
     * What is looked up: normalized text and, when embeddings are on, its vector (else null). A
     * query keeps its lexical side and its cosines with transcript sentences, so that matching and
     * alignment of the same sentence compute each at most once. One thread uses a query at a time.
     */
    public static final class Query {
        private final String normalized;
        private final float[] vector;
        private final Semantic semantic;
        private LexicalScorer lexicalOf;
        private LexicalScorer.Query lexical;

        public Query(String normalized, float[] vector) {
            this.normalized = normalized;
            this.vector = vector;
            this.semantic = Semantic.of(vector);
        }

        public String normalized() { return normalized; }

        public float[] vector() { return vector; }

        Semantic semantic() { return semantic; }

        /** The lexical side, made once per scorer (matching and alignment ask for it several times). */
        LexicalScorer.Query lexical(LexicalScorer scorer) {
            if (lexicalOf != scorer) {
                lexical = scorer.query(normalized);
                lexicalOf = scorer;
            }
            return lexical;
        }
    }

    /** A query vector's cosines with transcript sentences, each computed at most once per query. */
    static final class Semantic {
        private final float[] vector;
        private final Map<Transcript, double[]> cosines = new java.util.IdentityHashMap<>();

        Semantic(float[] vector) {
            this.vector = vector;
        }

        /** All cosines with the sentences of a transcript, or null if it has no vectors. */
        double[] of(Transcript t) {
            if (!t.hasVectors()) return null;
            return cosines.computeIfAbsent(t, tr -> {
                double[] c = new double[tr.size()];
                for (int i = 0; i < c.length; i++) c[i] = Embedder.cosine(vector, tr.vector(i));
                return c;
            });
        }

        double span(Span span) {
            double[] c = of(span.transcript());
            return c == null ? Double.NaN : span.transcript().spanCosine(span, c);
        }

        static Semantic of(float[] vector) {
            return vector == null ? null : new Semantic(vector);
        }
    }

    /**
     * The transcripts a document may report on: those its claims retrieve with the most weight,
     * summed over the whole document ({@code matchTranscripts} of them; all in a library that small).
     * Each claim long enough to count (see {@code matchMinUnits}) has one vote, shared among the
     * transcripts it retrieves, each by its best hit: a sentence found in every interview ("对，没错")
     * says nothing. One library-wide lookup per claim, using its rarest bigrams, so the cost per
     * sentence stays flat as the library grows; pooling the document's evidence lets a claim reworded
     * beyond lexical recognition still be aligned in full (by meaning too) in the right transcript.
     */
    public List<Transcript> shortlist(List<Query> queries) {
        List<Transcript> all = library.transcripts();
        if (all.size() <= settings.matchTranscripts() || settings.exhaustive()) return all;
        double[] weight = new double[all.size()];
        for (Query query : queries) {
            LexicalScorer.Query q = query.lexical(scorer);
            if (q.units().length < settings.matchMinUnits()) continue;
            Map<Integer, Double> best = new HashMap<>();
            for (SentenceIndex.Hit h : library.index().candidates(q.bigrams(), settings.candidates(), -1, true)) {
                best.merge(h.transcript(), h.weight(), Math::max);
            }
            best.forEach((t, w) -> weight[t] += w / best.size());
        }
        List<Transcript> out = new ArrayList<>(settings.matchTranscripts());
        for (int t : TopK.of(weight, settings.matchTranscripts())) if (weight[t] > 0) out.add(all.get(t));
        return out;
    }

    /** The best span in one transcript, if any sentence of it is a candidate. */
    public Optional<Alignment> best(Query query, Transcript transcript) {
        int t = library.indexOf(transcript);
        if (t < 0) throw new IllegalArgumentException(transcript.id() + " is not in the library");
        LexicalScorer.Query q = query.lexical(scorer);
        Semantic sem = query.semantic();
        Alignment best = null;
        for (int i : candidates(sem, t, library.index().candidates(q.bigrams(), settings.candidates(), t))) {
            Alignment a = bestAround(q, sem, transcript, i, best == null ? Double.NEGATIVE_INFINITY : best.support());
            if (a != null && (best == null || better(a, best))) best = a;
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
     * A second look then prefers, for a claim whose two adjacent claims align close together and in
     * order, the spans between theirs: the article took those sentences one after another. It changes
     * only the passage shown: the claim keeps the support of its first choice if that was higher.
     *
     * @param roles    the role (host, guest) the article gives each claim, or null
     * @param sections the article section of each claim: anchors guide only claims of their own section
     */
    public List<Alignment> alignInContext(List<Query> queries, List<String> roles, int[] sections, Transcript t, List<Alignment> first) {
        int n = queries.size();
        boolean[] anchor = new boolean[n];
        for (int i = 0; i < n; i++) anchor[i] = isAnchor(first, i);
        int ti = library.indexOf(t);
        List<ToDoubleFunction<Span>> preferences = new ArrayList<>(n);
        List<Set<Integer>> retrieved = new ArrayList<>(n);
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
            ToDoubleFunction<Span> preference = span -> {
                double p = 0;
                if (from >= 0 && overlaps(span, from, to)) p += settings.contextWeight();
                if (role != null && t.spoken(span, role)) p += settings.roleWeight();
                return p;
            };
            preferences.add(preference);
            Query query = queries.get(i);
            retrieved.add(candidates(query.semantic(), ti, library.index().candidates(query.lexical(scorer).bigrams(), settings.candidates(), ti)));
            Alignment best = choose(query, t, retrieved.get(i), preference, from, to);
            out.add(withElaboration(best != null ? best : first.get(i)));
        }
        List<Alignment> refined = new ArrayList<>(out);
        for (int i = 1; i + 1 < n; i++) {
            Span between = between(out, sections, i);
            if (between == null || out.get(i) != null && within(out.get(i).span(), between)) continue;
            ToDoubleFunction<Span> preference = preferences.get(i);
            Alignment best = choose(queries.get(i), t, retrieved.get(i),
                    span -> preference.applyAsDouble(span) + (within(span, between) ? settings.contextWeight() : 0),
                    between.from(), between.to() - 1);
            if (best != null) refined.set(i, withElaboration(keepSupport(best, out.get(i))));
        }
        return refined;
    }

    /** The chosen span, with the support of the better supported of the two (the sentence is that well backed). */
    private static Alignment keepSupport(Alignment chosen, Alignment other) {
        if (other == null || other.support() <= chosen.support()) return chosen;
        return new Alignment(chosen.span(), chosen.lexical(), chosen.semantic(), other.support());
    }

    /**
     * The stretch from the passage of claim i-1 to that of claim i+1, when both are well supported, in
     * order, in i's section, and close enough that at most one span fits between them; else null.
     */
    private Span between(List<Alignment> aligned, int[] sections, int i) {
        Alignment p = aligned.get(i - 1);
        Alignment n = aligned.get(i + 1);
        if (p == null || n == null || sections[i - 1] != sections[i] || sections[i + 1] != sections[i]) return null;
        if (p.support() < settings.anchorSupport() || n.support() < settings.anchorSupport()) return null;
        Span a = p.span();
        Span b = n.span();
        if (b.from() < a.from() || b.from() - a.to() > settings.maxSpan()) return null;
        return new Span(a.transcript(), a.from(), Math.max(a.to(), b.to()));
    }

    private static boolean within(Span s, Span outer) {
        return s.from() >= outer.from() && s.to() <= outer.to();
    }

    /**
     * The span with the highest support plus preference among those around the claim's retrieved
     * candidates and around every sentence from {@code from} to {@code to} (none when negative); null if none.
     */
    private Alignment choose(Query query, Transcript t, Set<Integer> retrieved, ToDoubleFunction<Span> preference, int from, int to) {
        LexicalScorer.Query q = query.lexical(scorer);
        Semantic sem = query.semantic();
        Set<Integer> cands = new LinkedHashSet<>(retrieved);
        if (from >= 0) for (int k = Math.max(0, from); k <= Math.min(t.size() - 1, to); k++) cands.add(k);
        Set<Long> seen = new java.util.HashSet<>();
        Alignment best = null;
        double bestChoice = Double.NEGATIVE_INFINITY;
        for (int c : cands) {
            Alignment a = bestAround(q, sem, t, c, preference, seen, bestChoice);
            if (a == null) continue;
            double choice = a.support() + preference.applyAsDouble(a.span());
            if (best == null || choice > bestChoice || (choice == bestChoice && better(a, best))) {
                best = a;
                bestChoice = choice;
            }
        }
        return best;
    }

    /**
     * A span that ends before its point is made takes the next sentence: a bare reply (`有時會。`,
     * `我們考慮過。`) means little without the rest of its turn, and a sentence broken off (`用戶會覺得——`)
     * is completed by whoever speaks next. Support stays what the core span earned.
     */
    Alignment withElaboration(Alignment a) {
        if (a == null) return null;
        Span s = a.span();
        Transcript t = s.transcript();
        int last = s.to() - 1;
        if (s.length() >= settings.maxSpan() || s.to() >= t.size()) return a;
        boolean bareReply = t.units(last).length <= settings.shortReplyUnits()
                && t.sentence(s.to()).turn() == t.sentence(last).turn() && t.sentence(last).turn() != 0;
        if (!bareReply && !brokenOff(t.sentence(last).text())) return a;
        return new Alignment(new Span(t, s.from(), s.to() + 1), a.lexical(), a.semantic(), a.support());
    }

    /** Whether a sentence trails off unfinished: it ends in a dash or an ellipsis (closing quotes aside). */
    static boolean brokenOff(String text) {
        String s = text.strip().replaceAll("[”」』\"'）)]+$", "");
        return s.endsWith("—") || s.endsWith("…") || s.endsWith("...") || s.endsWith("--");
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
    private Set<Integer> candidates(Semantic sem, int t, List<SentenceIndex.Hit> lexical) {
        Set<Integer> out = new LinkedHashSet<>();
        if (settings.exhaustive()) {
            for (int i = 0; i < library.transcripts().get(t).size(); i++) out.add(i);
            return out;
        }
        for (SentenceIndex.Hit h : lexical) if (h.transcript() == t) out.add(h.sentence());
        Transcript tr = library.transcripts().get(t);
        if (sem != null && tr.hasVectors()) for (int i : TopK.of(sem.of(tr), settings.semanticCandidates())) out.add(i);
        return out;
    }

    /** The best span containing sentence i, or null if none can reach {@code toBeat}. */
    private Alignment bestAround(LexicalScorer.Query q, Semantic sem, Transcript t, int i, double toBeat) {
        return bestAround(q, sem, t, i, span -> 0, null, toBeat);
    }

    /**
     * Like {@link #bestAround(LexicalScorer.Query, Semantic, Transcript, int, double)}, choosing by support plus a
     * preference (which does not change the support reported). {@code seen} skips spans already scored.
     */
    private Alignment bestAround(LexicalScorer.Query q, Semantic sem, Transcript t, int i,
                                 ToDoubleFunction<Span> preference, Set<Long> seen, double toBeat) {
        Alignment best = null;
        double bestChoice = Double.NEGATIVE_INFINITY;
        for (int len = 1; len <= settings.maxSpan(); len++) {
            for (int from = i - len + 1; from <= i; from++) {
                int to = from + len;
                if (from < 0 || to > t.size()) continue;
                if (seen != null && !seen.add(((long) from << 32) | to)) continue;
                Span span = new Span(t, from, to);
                double semantic = sem == null ? Double.NaN : sem.span(span);
                double penalty = settings.spanPenalty() * (len - 1);
                double pref = preference.applyAsDouble(span);
                LexicalScorer.Partial partial = scorer.partial(q, span);
                // the costly subsequence is computed only for spans that could still win
                double bound = Math.max(0, support(partial.upperBound(), semantic) - penalty) + pref;
                if (bound < Math.max(bestChoice, toBeat)) continue;
                LexicalScores lex = scorer.complete(q, span, partial);
                double support = Math.max(0, support(lex.combined(), semantic) - penalty);
                Alignment a = new Alignment(span, lex, semantic, support);
                double choice = support + pref;
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
