package io.transcheck.check;

import io.transcheck.align.AlignedSentence;
import io.transcheck.align.Alignment;
import io.transcheck.text.Units;
import io.transcheck.text.Words;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the decision weighs about a claim, as numbers: how well its passage supports it (wording and
 * meaning, both ways), how well its neighbours are supported, what the checks found, and what the
 * sentence is like. A missing value (no passage, no neighbour) is given as a neutral value plus an
 * indicator that it is missing, so the model can learn what its absence means.
 */
public final class Features {
    /** The names of the values {@link #of} returns, in order: the sentence's own, then each check's. */
    public static final List<String> NAMES;
    /** The checks this build ships: the features have a place for each, whether it runs or not. */
    private static final List<Check> SHIPPED = Checks.standard(LabelSettings.defaults());

    static {
        List<String> names = new ArrayList<>(List.of(
                "support", "lexical", "bigram_coverage", "unit_coverage", "lcs", "semantic", "no_semantic", "no_passage",
                "span_sentences", "passage_coverage", "length_ratio", "claim_units",
                "neighbourhood", "previous", "next", "alone", "rank_in_document", "neighbourhood_rank",
                "novel_in_passage", "novel_in_transcript",
                "no_end_mark", "first_sentence", "short"));
        for (Check c : SHIPPED) {
            names.add(c.id() + ":found");
            for (String m : c.measures()) names.add(c.id() + ":" + m);
        }
        NAMES = List.copyOf(names);
    }

    private Features() {}

    /**
     * The features of a claim.
     *
     * @param checks   the checks that ran: a check switched off adds zeros ("nothing found, nothing measured")
     * @param findings what they found
     */
    public static double[] of(AlignedSentence s, List<Check> checks, List<Finding> findings, TranscriptFacts facts) {
        double[] x = new double[NAMES.size()];
        Alignment a = s.alignment();
        double support = s.support();
        String edited = s.edited();
        String passage = s.passage();
        int i = 0;
        x[i++] = support;
        x[i++] = a == null ? 0 : a.lexical().combined();
        x[i++] = a == null ? 0 : a.lexical().bigramCoverage();
        x[i++] = a == null ? 0 : a.lexical().unitCoverage();
        x[i++] = a == null ? 0 : a.lexical().lcsRatio();
        boolean semantic = a != null && !Double.isNaN(a.semantic());
        x[i++] = semantic ? a.semantic() : 0;
        x[i++] = semantic ? 0 : 1;
        x[i++] = a == null ? 1 : 0;
        x[i++] = a == null ? 0 : a.span().length();
        int[] claimUnits = Units.of(edited);
        int[] passageUnits = Units.of(passage);
        x[i++] = coverage(passageUnits, claimUnits);
        x[i++] = StrictMath.log((1.0 + claimUnits.length) / (1.0 + passageUnits.length));
        x[i++] = StrictMath.log(1.0 + claimUnits.length);
        AlignedSentence.Neighbours n = s.neighbours();
        x[i++] = orElse(n.mean(), support);
        x[i++] = orElse(n.previous(), support);
        x[i++] = orElse(n.next(), support);
        x[i++] = Double.isNaN(n.mean()) ? 1 : 0;
        x[i++] = orElse(n.rank(), 0.5);
        x[i++] = orElse(n.meanRank(), orElse(n.rank(), 0.5));
        List<String> content = contentWords(edited);
        x[i++] = novelShare(content, passage);
        x[i++] = novelShare(content, facts.transcript().normalizedText());
        String text = s.sentence().text().strip();
        x[i++] = text.isEmpty() || "。！？!?…”」\"）)".indexOf(text.charAt(text.length() - 1)) < 0 ? 1 : 0;
        x[i++] = s.sentence().no() == 1 ? 1 : 0;
        x[i++] = claimUnits.length < 8 ? 1 : 0;
        for (Check shipped : SHIPPED) {
            Check c = checks.stream().filter(r -> r.id().equals(shipped.id())).findFirst().orElse(null);
            x[i++] = c == null ? 0 : findings.stream().filter(f -> f.checkId().equals(c.id())).count();
            double[] m = c == null ? new double[shipped.measures().size()] : c.measure(s, facts);
            for (double v : m) x[i++] = v;
        }
        return x;
    }

    private static double orElse(double v, double fallback) {
        return Double.isNaN(v) ? fallback : v;
    }

    /** Share of {@code of}'s distinct units that {@code in} has too; 0 when {@code of} is empty. */
    private static double coverage(int[] of, int[] in) {
        if (of.length == 0) return 0;
        int[] sorted = Arrays.stream(in).distinct().sorted().toArray();
        int[] distinct = Arrays.stream(of).distinct().toArray();
        long found = Arrays.stream(distinct).filter(u -> Arrays.binarySearch(sorted, u) >= 0).count();
        return found / (double) distinct.length;
    }

    /** The sentence's content words of two or more characters, each once. */
    static List<String> contentWords(String normalized) {
        Set<String> out = new LinkedHashSet<>();
        for (Words.Word w : Words.of(normalized)) if (w.isContent() && w.text().length() >= 2) out.add(w.text());
        return List.copyOf(out);
    }

    /** Share of the words that the text does not contain; 0 when there are none. */
    private static double novelShare(List<String> words, String text) {
        if (words.isEmpty()) return 0;
        return words.stream().filter(w -> !text.contains(w)).count() / (double) words.size();
    }
}
