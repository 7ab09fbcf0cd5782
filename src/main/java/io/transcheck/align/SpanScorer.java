package io.transcheck.align;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Scores the spans of one to {@code maxSpan} consecutive transcript sentences around candidate
 * sentences and keeps the best: support from wording and meaning, plus an optional preference that
 * steers the choice without changing the support reported.
 */
final class SpanScorer {
    /** No preference: spans are chosen by support alone. */
    static final ToDoubleFunction<Span> NO_PREFERENCE = span -> 0;

    private final AlignSettings.Spans spans;
    private final AlignSettings.Scoring scoring;
    private final LexicalScorer lexical;

    SpanScorer(LexicalScorer lexical, AlignSettings.Spans spans, AlignSettings.Scoring scoring) {
        this.lexical = lexical;
        this.spans = spans;
        this.scoring = scoring;
    }

    LexicalScorer lexical() {
        return lexical;
    }

    /**
     * The span with the highest support plus preference among those containing a candidate sentence or
     * a sentence of the window (if any); null if there is none.
     */
    Alignment choose(Query query, Transcript t, Collection<Integer> candidates, ToDoubleFunction<Span> preference, Window window) {
        Set<Integer> around = new java.util.LinkedHashSet<>(candidates);
        if (window != null) for (int k = Math.max(0, window.first()); k <= Math.min(t.size() - 1, window.last()); k++) around.add(k);
        Set<Long> seen = new HashSet<>();
        Alignment best = null;
        double bestChoice = Double.NEGATIVE_INFINITY;
        for (int c : around) {
            Alignment a = bestAround(query, t, c, preference, seen, bestChoice);
            if (a == null) continue;
            double choice = a.support() + preference.applyAsDouble(a.span());
            if (best == null || choice > bestChoice || (choice == bestChoice && better(a, best))) {
                best = a;
                bestChoice = choice;
            }
        }
        return best;
    }

    /** The best supported span around the candidates, by support alone; null if there are none. */
    Alignment best(Query query, Transcript t, Collection<Integer> candidates) {
        Alignment best = null;
        for (int i : candidates) {
            Alignment a = bestAround(query, t, i, NO_PREFERENCE, null, best == null ? Double.NEGATIVE_INFINITY : best.support());
            if (a != null && (best == null || better(a, best))) best = a;
        }
        return best;
    }

    /**
     * The span containing sentence i with the highest support plus preference, or null if none can
     * reach {@code toBeat}. {@code seen} (may be null) skips spans already scored.
     */
    private Alignment bestAround(Query query, Transcript t, int i, ToDoubleFunction<Span> preference, Set<Long> seen, double toBeat) {
        LexicalScorer.Query q = query.lexical(lexical);
        Query.Cosines cosines = query.cosines();
        Alignment best = null;
        double bestChoice = Double.NEGATIVE_INFINITY;
        for (int len = 1; len <= spans.maxSpan(); len++) {
            for (int from = i - len + 1; from <= i; from++) {
                int to = from + len;
                if (from < 0 || to > t.size()) continue;
                if (seen != null && !seen.add(((long) from << 32) | to)) continue;
                Span span = new Span(t, from, to);
                double semantic = cosines == null ? Double.NaN : cosines.span(span);
                double penalty = spans.spanPenalty() * (len - 1);
                double pref = preference.applyAsDouble(span);
                LexicalScorer.Partial partial = lexical.partial(q, span);
                // the costly subsequence is computed only for spans that could still win
                double bound = Math.max(0, support(partial.upperBound(), semantic) - penalty) + pref;
                if (bound < Math.max(bestChoice, toBeat)) continue;
                LexicalScores lex = lexical.complete(q, span, partial);
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
    double support(double lexicalScore, double semantic) {
        double wording = Math.min(1, lexicalScore / scoring.lexicalCeiling());
        if (Double.isNaN(semantic)) return wording;
        double meaning = Math.max(0, Math.min(1, (semantic - scoring.semanticFloor()) / (scoring.semanticCeiling() - scoring.semanticFloor())));
        return Math.min(1, wording + scoring.semanticWeight() * Math.max(0, meaning - wording));
    }

    /** Higher support wins; on a tie the shorter, then the earlier span. */
    static boolean better(Alignment a, Alignment b) {
        if (a.support() != b.support()) return a.support() > b.support();
        if (a.span().length() != b.span().length()) return a.span().length() < b.span().length();
        return a.span().from() < b.span().from();
    }
}
