package io.transcheck.align;

import io.transcheck.corpus.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Re-aligns the claims of one document in one transcript using their neighbours: an article
 * follows its source locally, so a claim between two confidently aligned neighbours most likely
 * comes from between their passages. Anchors ({@link Anchors}) of the first pass guide every claim
 * of their section: it is re-scored over its own candidates plus the transcript between the nearest
 * anchors before and after it, preferring spans in that stretch and spans by the same speaker role.
 * Support values stay what the content earns; only the choice of span uses the preferences.
 * A second look then prefers, for a claim whose two adjacent claims align close together and in
 * order, the spans between theirs: the article took those sentences one after another. It changes
 * only the passage shown: the claim keeps the support of its first choice if that was higher.
 */
final class ContextAligner {
    private final CandidateRetriever retriever;
    private final SpanScorer scorer;
    private final Anchors anchors;
    private final AlignSettings.Context context;
    private final AlignSettings.Spans spans;
    private final double anchorSupport;

    /** @param anchorSupport the support of a well-supported claim (Matching.anchorSupport), for the second look */
    ContextAligner(CandidateRetriever retriever, SpanScorer scorer, Anchors anchors, AlignSettings.Context context,
                   AlignSettings.Spans spans, double anchorSupport) {
        this.retriever = retriever;
        this.scorer = scorer;
        this.anchors = anchors;
        this.context = context;
        this.spans = spans;
        this.anchorSupport = anchorSupport;
    }

    /**
     * @param first each claim's first-pass alignment in the transcript (null where none), in article order
     * @return each claim's alignment after re-alignment (null where none)
     */
    List<Alignment> align(List<Claim> claims, Transcript t, List<Alignment> first) {
        int n = claims.size();
        boolean[] anchor = new boolean[n];
        for (int i = 0; i < n; i++) anchor[i] = anchors.isAnchor(first, i, context.anchorSupport(), 0);
        List<ToDoubleFunction<Span>> preferences = new ArrayList<>(n);
        List<Set<Integer>> retrieved = new ArrayList<>(n);
        List<Alignment> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Claim claim = claims.get(i);
            Window window = window(claims, first, anchor, i);
            Role role = claim.role();
            ToDoubleFunction<Span> preference = span -> {
                double p = 0;
                if (window != null && window.overlaps(span)) p += context.weight();
                if (role != null && t.spoken(span, role)) p += context.roleWeight();
                return p;
            };
            preferences.add(preference);
            retrieved.add(retriever.candidates(claim.query(), t));
            Alignment best = scorer.choose(claim.query(), t, retrieved.get(i), preference, window);
            out.add(withElaboration(best != null ? best : first.get(i)));
        }
        List<Alignment> refined = new ArrayList<>(out);
        for (int i = 1; i + 1 < n; i++) {
            Window between = between(claims, out, i);
            if (between == null || out.get(i) != null && between.contains(out.get(i).span())) continue;
            ToDoubleFunction<Span> preference = preferences.get(i);
            Alignment best = scorer.choose(claims.get(i).query(), t, retrieved.get(i),
                    span -> preference.applyAsDouble(span) + (between.contains(span) ? context.weight() : 0), between);
            if (best != null) refined.set(i, withElaboration(keepSupport(best, out.get(i))));
        }
        return refined;
    }

    /**
     * The stretch of transcript between the passages of the nearest anchors before and after claim i
     * in its section (within {@code reach} claims), widened by {@code slack}; null when there is no
     * anchor, or the anchors are so far apart that the article jumps here.
     */
    private Window window(List<Claim> claims, List<Alignment> first, boolean[] anchor, int i) {
        int prev = -1;
        int next = -1;
        int section = claims.get(i).section();
        for (int d = 1; d <= context.reach() && (prev < 0 || next < 0); d++) {
            if (prev < 0 && i - d >= 0 && anchor[i - d] && claims.get(i - d).section() == section) prev = i - d;
            if (next < 0 && i + d < claims.size() && anchor[i + d] && claims.get(i + d).section() == section) next = i + d;
        }
        if (prev < 0 && next < 0) return null;
        Span a = first.get(prev >= 0 ? prev : next).span();
        Span b = first.get(next >= 0 ? next : prev).span();
        int lo = Math.min(a.from(), b.from()) - context.slack();
        int hi = Math.max(a.to() - 1, b.to() - 1) + context.slack();
        // a stretch reaching before the transcript's first sentence guides nothing either (as the first version had it)
        return lo < 0 || hi - lo > context.maxWindow() ? null : new Window(lo, hi);
    }

    /**
     * The stretch from the passage of claim i-1 to that of claim i+1, when both are well supported, in
     * order, in i's section, and close enough that at most one span fits between them; else null.
     */
    private Window between(List<Claim> claims, List<Alignment> aligned, int i) {
        Alignment p = aligned.get(i - 1);
        Alignment n = aligned.get(i + 1);
        int section = claims.get(i).section();
        if (p == null || n == null || claims.get(i - 1).section() != section || claims.get(i + 1).section() != section) return null;
        if (p.support() < anchorSupport || n.support() < anchorSupport) return null;
        Span a = p.span();
        Span b = n.span();
        if (b.from() < a.from() || b.from() - a.to() > spans.maxSpan()) return null;
        return new Window(a.from(), Math.max(a.to(), b.to()) - 1);
    }

    /** The chosen span, with the support of the better supported of the two (the sentence is that well backed). */
    private static Alignment keepSupport(Alignment chosen, Alignment other) {
        if (other == null || other.support() <= chosen.support()) return chosen;
        return new Alignment(chosen.span(), chosen.lexical(), chosen.semantic(), other.support());
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
        if (s.length() >= spans.maxSpan() || s.to() >= t.size()) return a;
        boolean bareReply = t.units(last).length <= spans.shortReplyUnits()
                && t.sentence(s.to()).turn() == t.sentence(last).turn() && t.sentence(last).turn() != 0;
        if (!bareReply && !brokenOff(t.sentence(last).text())) return a;
        return new Alignment(new Span(t, s.from(), s.to() + 1), a.lexical(), a.semantic(), a.support());
    }

    /** Whether a sentence trails off unfinished: it ends in a dash or an ellipsis (closing quotes aside). */
    static boolean brokenOff(String text) {
        String s = text.strip().replaceAll("[”」』\"'）)]+$", "");
        return s.endsWith("—") || s.endsWith("…") || s.endsWith("...") || s.endsWith("--");
    }
}
