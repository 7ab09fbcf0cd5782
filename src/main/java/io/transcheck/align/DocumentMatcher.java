package io.transcheck.align;

import io.transcheck.corpus.SourceDocument;
import io.transcheck.text.Sentence;
import io.transcheck.text.Units;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which transcript an edited document reports on, from two independent kinds of evidence:
 * <ul>
 *   <li><b>anchored claims</b> ({@link Anchors}): a claim anchors the document in a transcript when
 *       its best span there is well supported and a neighbouring claim aligns close to it. An article
 *       on the same topic but another interview finds supported-looking passages too (same
 *       vocabulary), but scattered: only an article written from this transcript follows it locally;</li>
 *   <li><b>distinctive terms</b>: names written in Latin script (companies, products, people) that
 *       the article shares with the transcript. Famous names are shared by every article on the
 *       topic; the minor ones only by articles on this interview.</li>
 * </ul>
 * Only the few transcripts the document's claims retrieve most are candidates (see
 * {@link Aligner#shortlist}). The one with the most anchors wins if both kinds of evidence clear their
 * thresholds; its claims are then re-aligned in context.
 */
public final class DocumentMatcher {
    private final Aligner aligner;
    private final Anchors anchors;
    private final AlignSettings.Matching settings;
    private final int neighbourhood;

    public DocumentMatcher(Aligner aligner, AlignSettings settings) {
        this.aligner = aligner;
        this.anchors = new Anchors(settings.matching());
        this.settings = settings.matching();
        this.neighbourhood = settings.context().neighbourhood();
    }

    /** Matches a document to a transcript and aligns each of its sentences there. */
    public DocumentAlignment align(SourceDocument doc, List<Sentence> sentences, List<Claim> claims) {
        List<Query> queries = claims.stream().map(Claim::query).toList();
        List<Transcript> shortlist = aligner.shortlist(queries);
        Map<Transcript, List<Alignment>> first = new HashMap<>();
        for (Transcript t : shortlist) {
            List<Alignment> inT = new ArrayList<>(claims.size());
            for (Query q : queries) inT.add(aligner.best(q, t).orElse(null));
            first.put(t, inT);
        }
        boolean[] counts = new boolean[claims.size()];
        int counted = 0;
        for (int i = 0; i < claims.size(); i++) {
            counts[i] = Units.of(claims.get(i).query().normalized()).length >= settings.minUnits();
            if (counts[i]) counted++;
        }
        Transcript best = null;
        int bestAnchors = 0;
        for (Transcript t : shortlist) {
            int n = 0;
            for (int i = 0; i < claims.size(); i++) if (counts[i] && anchors.isAnchor(first.get(t), i, settings.anchorSupport(), settings.anchorSupport())) n++;
            if (best == null || n > bestAnchors) {
                best = t;
                bestAnchors = n;
            }
        }
        if (best == null) return unmatched(doc, sentences, new Match(null, 0, 0, counted, Double.NaN));
        double share = counted == 0 ? 0 : bestAnchors / (double) counted;
        double termShare = termShare(claims, best);
        boolean semantic = !queries.isEmpty() && queries.get(0).vector() != null && best.hasVectors();
        double minShare = semantic ? settings.minShare() : settings.lexicalMinShare();
        boolean matched = bestAnchors >= settings.minAnchors() && share >= minShare
                && (Double.isNaN(termShare) || termShare >= settings.minTermShare());
        if (!matched) return unmatched(doc, sentences, new Match(null, share, bestAnchors, counted, termShare));
        List<Alignment> aligned = aligner.alignInContext(claims, best, first.get(best));
        List<AlignedSentence.Neighbours> context = neighbours(claims, aligned);
        Map<Sentence, AlignedSentence> byClaim = new java.util.IdentityHashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            byClaim.put(claims.get(i).sentence(), new AlignedSentence(claims.get(i).sentence(), best, aligned.get(i), context.get(i)));
        }
        Transcript t = best;
        return new DocumentAlignment(doc, new Match(best, share, bestAnchors, counted, termShare), sentences.stream()
                .map(s -> Optional.ofNullable(byClaim.get(s)).orElseGet(() -> AlignedSentence.unaligned(s, t))).toList());
    }

    private static DocumentAlignment unmatched(SourceDocument doc, List<Sentence> sentences, Match match) {
        return new DocumentAlignment(doc, match, sentences.stream().map(s -> AlignedSentence.unaligned(s, null)).toList());
    }

    /**
     * For each claim, how well the claims around it in the same article section are supported: the
     * mean over those within {@code neighbourhood} of it (itself included; NaN for a claim alone in
     * its section), the claims just before and after it, and its rank in the document.
     */
    private List<AlignedSentence.Neighbours> neighbours(List<Claim> claims, List<Alignment> aligned) {
        List<AlignedSentence.Neighbours> out = new ArrayList<>(aligned.size());
        double[] sorted = new double[aligned.size()];
        for (int i = 0; i < sorted.length; i++) sorted[i] = support(aligned, i);
        java.util.Arrays.sort(sorted);
        for (int i = 0; i < aligned.size(); i++) {
            double sum = 0;
            int n = 0;
            for (int j = Math.max(0, i - neighbourhood); j <= Math.min(aligned.size() - 1, i + neighbourhood); j++) {
                if (claims.get(j).section() != claims.get(i).section()) continue;
                sum += support(aligned, j);
                n++;
            }
            boolean previous = i > 0 && claims.get(i - 1).section() == claims.get(i).section();
            boolean next = i + 1 < claims.size() && claims.get(i + 1).section() == claims.get(i).section();
            out.add(new AlignedSentence.Neighbours(n > 1 ? sum / n : Double.NaN, previous ? support(aligned, i - 1) : Double.NaN,
                    next ? support(aligned, i + 1) : Double.NaN, rank(sorted, support(aligned, i))));
        }
        return out;
    }

    /** The share of the sorted values at or below v. */
    private static double rank(double[] sorted, double v) {
        int at = java.util.Arrays.binarySearch(sorted, Math.nextUp(v));
        int below = at >= 0 ? at : -at - 1;
        while (below < sorted.length && sorted[below] <= v) below++;
        return below / (double) sorted.length;
    }

    private static double support(List<Alignment> aligned, int i) {
        return aligned.get(i) == null ? 0 : aligned.get(i).support();
    }

    /** Share of the claims' distinctive terms found in the transcript, or NaN when there are too few to tell. */
    double termShare(List<Claim> claims, Transcript t) {
        Set<String> terms = Terms.of(claims.stream().map(c -> c.query().normalized()).toList());
        if (terms.size() < settings.minTerms()) return Double.NaN;
        Set<String> known = t.terms();
        return terms.stream().filter(known::contains).count() / (double) terms.size();
    }
}
