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
 * A document that does not follow its transcript in order (a digest of key points, each condensing
 * an answer far from the others) matches instead when enough of its claims are <b>points</b>: well
 * supported somewhere in the transcript. Only the few transcripts the document's claims retrieve most
 * are candidates (see {@link Aligner#shortlist}). The one with the most anchors wins if both kinds of
 * evidence clear their thresholds (else the one with the most points, if they do); its claims are then
 * re-aligned in context.
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
        Transcript mostPoints = null;
        int bestPoints = 0;
        for (Transcript t : shortlist) {
            int n = anchors(first.get(t), counts);
            int points = points(first.get(t), counts);
            if (best == null || n > bestAnchors) {
                best = t;
                bestAnchors = n;
            }
            if (mostPoints == null || points > bestPoints) {
                mostPoints = t;
                bestPoints = points;
            }
        }
        if (best == null) return unmatched(doc, sentences, new Match(null, null, 0, 0, counted, 0, Double.NaN));
        boolean semantic = !queries.isEmpty() && queries.get(0).vector() != null && best.hasVectors();
        double minShare = semantic ? settings.minShare() : settings.lexicalMinShare();
        double share = counted == 0 ? 0 : bestAnchors / (double) counted;
        boolean anchored = bestAnchors >= settings.minAnchors() && share >= minShare;
        // a digest: its points are well supported, however far apart their answers are
        boolean points = !anchored && bestPoints >= settings.minAnchors() && bestPoints >= settings.minPointShare() * counted;
        if (points) {
            best = mostPoints;
            bestAnchors = anchors(first.get(best), counts);
            share = counted == 0 ? 0 : bestAnchors / (double) counted;
        }
        double pointShare = counted == 0 ? 0 : points(first.get(best), counts) / (double) counted;
        double termShare = termShare(claims, best);
        boolean matched = (anchored || points) && (Double.isNaN(termShare) || termShare >= settings.minTermShare());
        if (!matched) return unmatched(doc, sentences, new Match(null, best, share, bestAnchors, counted, pointShare, termShare));
        List<Alignment> aligned = aligner.alignInContext(claims, best, first.get(best));
        List<AlignedSentence.Neighbours> context = neighbours(claims, aligned);
        Map<Sentence, AlignedSentence> byClaim = new java.util.IdentityHashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            byClaim.put(claims.get(i).sentence(), new AlignedSentence(claims.get(i).sentence(), best, aligned.get(i), context.get(i)));
        }
        Transcript t = best;
        return new DocumentAlignment(doc, new Match(best, best, share, bestAnchors, counted, pointShare, termShare), sentences.stream()
                .map(s -> Optional.ofNullable(byClaim.get(s)).orElseGet(() -> AlignedSentence.unaligned(s, t))).toList());
    }

    private int anchors(List<Alignment> aligned, boolean[] counts) {
        int n = 0;
        for (int i = 0; i < aligned.size(); i++) if (counts[i] && anchors.isAnchor(aligned, i, settings.anchorSupport(), settings.anchorSupport())) n++;
        return n;
    }

    private int points(List<Alignment> aligned, boolean[] counts) {
        int n = 0;
        for (int i = 0; i < aligned.size(); i++) if (counts[i] && aligned.get(i) != null && aligned.get(i).support() >= settings.pointSupport()) n++;
        return n;
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
        double[] ranks = new double[aligned.size()];
        for (int i = 0; i < ranks.length; i++) ranks[i] = rank(sorted, support(aligned, i));
        for (int i = 0; i < aligned.size(); i++) {
            double sum = 0;
            double rankSum = 0;
            int n = 0;
            for (int j = Math.max(0, i - neighbourhood); j <= Math.min(aligned.size() - 1, i + neighbourhood); j++) {
                if (claims.get(j).section() != claims.get(i).section()) continue;
                sum += support(aligned, j);
                rankSum += ranks[j];
                n++;
            }
            boolean previous = i > 0 && claims.get(i - 1).section() == claims.get(i).section();
            boolean next = i + 1 < claims.size() && claims.get(i + 1).section() == claims.get(i).section();
            out.add(new AlignedSentence.Neighbours(n > 1 ? sum / n : Double.NaN, previous ? support(aligned, i - 1) : Double.NaN,
                    next ? support(aligned, i + 1) : Double.NaN, ranks[i], n > 1 ? rankSum / n : Double.NaN));
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
