package io.transcheck.align;

import io.transcheck.text.Sentence;
import io.transcheck.text.Units;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which transcript an edited document reports on, from two independent kinds of evidence:
 * <ul>
 *   <li><b>anchored claims in order</b>: a claim anchors the document in a transcript when its best
 *       span there is well supported and a neighbouring claim aligns close to it. An article on the
 *       same topic but another interview finds supported-looking passages too (same vocabulary),
 *       but scattered: only an article written from this transcript follows it locally;</li>
 *   <li><b>distinctive terms</b>: names written in Latin script (companies, products, people) that
 *       the article shares with the transcript. Famous names are shared by every article on the
 *       topic; the minor ones only by articles on this interview.</li>
 * </ul>
 * Only the few transcripts the document's claims retrieve most are candidates (see
 * {@link Aligner#shortlist}). The one with the most anchors wins if both kinds of evidence clear their
 * thresholds.
 */
public final class DocumentMatcher {
    private final Aligner aligner;
    private final AlignSettings settings;

    public DocumentMatcher(Aligner aligner, AlignSettings settings) {
        this.aligner = aligner;
        this.settings = settings;
    }

    /** @param vectors one per sentence (null entries for non-claims), or null when embeddings are off */
    public MatchResult match(List<Sentence> sentences, List<float[]> vectors) {
        List<Sentence> claims = new ArrayList<>();
        List<Aligner.Query> queries = new ArrayList<>();
        List<Integer> sectionOf = new ArrayList<>();
        int section = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.kind() == io.transcheck.text.SentenceKind.HEADING) section++;
            if (!s.isClaim()) continue;
            claims.add(s);
            sectionOf.add(section);
            queries.add(new Aligner.Query(s.content().text(), vectors == null ? null : vectors.get(i)));
        }
        List<Transcript> shortlist = aligner.shortlist(queries);
        List<Map<String, Alignment>> perClaim = new ArrayList<>(claims.size());
        for (Aligner.Query q : queries) {
            Map<String, Alignment> best = new LinkedHashMap<>();
            for (Transcript t : shortlist) aligner.best(q, t).ifPresent(a -> best.put(t.id(), a));
            perClaim.add(best);
        }

        boolean[] counts = new boolean[claims.size()];
        int counted = 0;
        for (int i = 0; i < claims.size(); i++) {
            counts[i] = Units.of(claims.get(i).content().text()).length >= settings.matchMinUnits();
            if (counts[i]) counted++;
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        String bestId = null;
        int bestAnchors = 0;
        for (Transcript t : shortlist) {
            int anchors = 0;
            for (int i = 0; i < claims.size(); i++) {
                if (counts[i] && anchored(perClaim, i, t.id())) anchors++;
            }
            shares.put(t.id(), counted == 0 ? 0 : anchors / (double) counted);
            if (bestId == null || anchors > bestAnchors) {
                bestId = t.id();
                bestAnchors = anchors;
            }
        }
        if (bestId == null) return new MatchResult(null, 0, 0, counted, shares, Double.NaN, List.of(), List.of());
        double share = shares.get(bestId);
        Transcript t = aligner.library().byId(bestId).orElseThrow();
        double termShare = termShare(claims, t);
        boolean semantic = vectors != null && t.hasVectors();
        double minShare = semantic ? settings.matchMinShare() : settings.lexicalMatchMinShare();
        boolean matched = bestAnchors >= settings.matchMinAnchors() && share >= minShare
                && (Double.isNaN(termShare) || termShare >= settings.matchMinTermShare());
        if (!matched) return new MatchResult(null, share, bestAnchors, counted, shares, termShare, List.of(), List.of());
        List<Alignment> first = new ArrayList<>(claims.size());
        for (Map<String, Alignment> best : perClaim) first.add(best.get(bestId));
        List<String> roles = claims.stream().map(Sentence::role).toList();
        int[] sections = sectionOf.stream().mapToInt(Integer::intValue).toArray();
        List<Alignment> alignments = aligner.alignInContext(queries, roles, sections, t, first);
        return new MatchResult(t, share, bestAnchors, counted, shares, termShare, alignments,
                neighbourhoodSupport(sections, alignments, settings.neighbourhood()));
    }

    /**
     * For each claim, the mean support of the claims within {@code k} of it in the same article section
     * (itself included): a paraphrased passage is supported sentence after sentence, a made-up exchange
     * on a topic the interview touches only finds similar-sounding passages here and there. NaN for a
     * claim alone in its section.
     */
    private static List<Double> neighbourhoodSupport(int[] sections, List<Alignment> alignments, int k) {
        Double[] out = new Double[alignments.size()];
        for (int i = 0; i < out.length; i++) {
            double sum = 0;
            int n = 0;
            for (int j = Math.max(0, i - k); j <= Math.min(out.length - 1, i + k); j++) {
                if (sections[j] != sections[i]) continue;
                sum += alignments.get(j) == null ? 0 : alignments.get(j).support();
                n++;
            }
            out[i] = n > 1 ? sum / n : Double.NaN;
        }
        return java.util.Arrays.asList(out);
    }

    /** Claim i is well supported in the transcript, and a neighbour aligns near it. */
    private boolean anchored(List<Map<String, Alignment>> perClaim, int i, String transcript) {
        Alignment a = perClaim.get(i).get(transcript);
        if (a == null || a.support() < settings.anchorSupport()) return false;
        for (int d = -settings.matchNeighbours(); d <= settings.matchNeighbours(); d++) {
            int j = i + d;
            if (d == 0 || j < 0 || j >= perClaim.size()) continue;
            Alignment b = perClaim.get(j).get(transcript);
            if (b != null && b.support() >= settings.anchorSupport()
                    && Math.abs(b.span().from() - a.span().from()) <= settings.matchWindow()) {
                return true;
            }
        }
        return false;
    }

    /** Share of the claims' distinctive terms found in the transcript, or NaN when there are too few to tell. */
    double termShare(List<Sentence> claims, Transcript t) {
        Set<String> terms = Terms.of(claims.stream().map(c -> c.content().text()).toList());
        if (terms.size() < settings.matchMinTerms()) return Double.NaN;
        Set<String> known = t.terms();
        return terms.stream().filter(known::contains).count() / (double) terms.size();
    }
}
