package io.transcheck.align;

import io.transcheck.text.Units;
import org.apache.commons.text.similarity.LongestCommonSubsequence;

import java.util.Arrays;

/** Scores how much of an edited sentence's wording a transcript span contains. */
final class LexicalScorer {
    private static final LongestCommonSubsequence LCS = new LongestCommonSubsequence();

    private final SentenceIndex index;
    private final double bigramWeight;
    private final double unitWeight;
    private final double lcsWeight;

    LexicalScorer(SentenceIndex index, double bigramWeight, double unitWeight, double lcsWeight) {
        double sum = bigramWeight + unitWeight + lcsWeight;
        if (sum <= 0) throw new IllegalArgumentException("lexical weights sum to " + sum);
        this.index = index;
        this.bigramWeight = bigramWeight / sum;
        this.unitWeight = unitWeight / sum;
        this.lcsWeight = lcsWeight / sum;
    }

    /** The query side, computed once per edited sentence. */
    record Query(int[] units, long[] bigrams, double[] bigramIdf, double bigramTotal,
                 int[] distinctUnits, double[] unitIdf, double unitTotal, String compact) {}

    Query query(String normalized) {
        int[] units = Units.of(normalized);
        long[] bigrams = Arrays.stream(Units.bigrams(units)).distinct().sorted().toArray();
        double[] bIdf = new double[bigrams.length];
        double bTotal = 0;
        for (int i = 0; i < bigrams.length; i++) {
            bIdf[i] = index.idf(bigrams[i]);
            bTotal += bIdf[i];
        }
        int[] du = Arrays.stream(units).distinct().toArray();
        double[] uIdf = new double[du.length];
        double uTotal = 0;
        for (int i = 0; i < du.length; i++) {
            uIdf[i] = index.unitIdf(du[i]);
            uTotal += uIdf[i];
        }
        return new Query(units, bigrams, bIdf, bTotal, du, uIdf, uTotal, Units.compact(normalized));
    }

    LexicalScores score(Query q, Span span) {
        return complete(q, span, partial(q, span));
    }

    /**
     * The cheap part of a score: bigram and unit coverage. The longest common subsequence, the costly
     * part, is at most the whole sentence, so {@code upperBound} bounds the combined score: spans
     * that cannot win need no LCS.
     */
    record Partial(double bigramCoverage, double unitCoverage, double upperBound) {}

    Partial partial(Query q, Span span) {
        if (q.units().length == 0) return new Partial(0, 0, 0);
        Transcript t = span.transcript();
        double bHit = 0;
        for (int i = 0; i < q.bigrams().length; i++) {
            if (spanHasBigram(t, span, q.bigrams()[i])) bHit += q.bigramIdf()[i];
        }
        double uHit = 0;
        for (int i = 0; i < q.distinctUnits().length; i++) {
            if (spanHasUnit(t, span, q.distinctUnits()[i])) uHit += q.unitIdf()[i];
        }
        double bigramCov = clamp(q.bigramTotal() > 0 ? bHit / q.bigramTotal() : 0);
        double unitCov = clamp(q.unitTotal() > 0 ? uHit / q.unitTotal() : 0);
        return new Partial(bigramCov, unitCov, clamp(bigramWeight * bigramCov + unitWeight * unitCov + lcsWeight));
    }

    LexicalScores complete(Query q, Span span, Partial p) {
        if (q.units().length == 0) return LexicalScores.NONE;
        Transcript t = span.transcript();
        String compact = span.length() == 1 ? t.compact(span.from()) : joinedCompact(t, span);
        double lcs = q.compact().isEmpty() ? 0 : Math.min(1.0, LCS.apply(q.compact(), compact) / (double) q.compact().length());
        double combined = bigramWeight * p.bigramCoverage() + unitWeight * p.unitCoverage() + lcsWeight * lcs;
        return new LexicalScores(p.bigramCoverage(), p.unitCoverage(), clamp(lcs), clamp(combined));
    }

    private static String joinedCompact(Transcript t, Span span) {
        StringBuilder sb = new StringBuilder();
        for (int s = span.from(); s < span.to(); s++) sb.append(t.compact(s));
        return sb.toString();
    }

    private static boolean spanHasUnit(Transcript t, Span span, int unit) {
        for (int s = span.from(); s < span.to(); s++) {
            if (Arrays.binarySearch(t.sortedUnits(s), unit) >= 0) return true;
        }
        return false;
    }

    private static boolean spanHasBigram(Transcript t, Span span, long b) {
        for (int s = span.from(); s < span.to(); s++) {
            if (Arrays.binarySearch(t.bigrams(s), b) >= 0) return true;
        }
        return false;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
