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

    LexicalScorer(SentenceIndex index, AlignSettings.Scoring weights) {
        double sum = weights.bigramWeight() + weights.unitWeight() + weights.lcsWeight();
        this.index = index;
        this.bigramWeight = weights.bigramWeight() / sum;
        this.unitWeight = weights.unitWeight() / sum;
        this.lcsWeight = weights.lcsWeight() / sum;
    }

    /**
     * The query side, computed once per edited sentence. It remembers which of its bigrams and units
     * each transcript sentence it met contains, so the overlapping spans around a candidate cost one
     * lookup per sentence rather than one per span.
     */
    static final class Query {
        private final int[] units;
        private final long[] bigrams;
        private final double[] bigramIdf;
        private final double bigramTotal;
        private final int[] distinctUnits;
        private final double[] unitIdf;
        private final double unitTotal;
        private final String compact;
        /**
         * For each distinct unit that is one Han (or other non-ASCII BMP) character: how often the
         * compact text holds it; 0 for words and the rest. Bounds the subsequence without computing it.
         */
        private final int[] charCount;
        /** Characters of the compact text that could match anything, as far as the bound knows. */
        private final int freeChars;
        /** Hit bits per sentence of the transcript last scored against (a query meets one transcript at a time). */
        private Transcript hitsOf;
        private long[][] hits;

        private Query(int[] units, long[] bigrams, double[] bigramIdf, double bigramTotal,
                      int[] distinctUnits, double[] unitIdf, double unitTotal, String compact) {
            this.units = units;
            this.bigrams = bigrams;
            this.bigramIdf = bigramIdf;
            this.bigramTotal = bigramTotal;
            this.distinctUnits = distinctUnits;
            this.unitIdf = unitIdf;
            this.unitTotal = unitTotal;
            this.compact = compact;
            this.charCount = new int[distinctUnits.length];
            int counted = 0;
            for (int j = 0; j < distinctUnits.length; j++) {
                int u = distinctUnits[j];
                if (u < 0x80 || u > 0xFFFF) continue;    // ASCII, supplementary characters and words: left free
                for (int unit : units) if (unit == u) charCount[j]++;
                counted += charCount[j];
            }
            this.freeChars = compact.length() - counted;
        }

        long[] bigrams() { return bigrams; }

        int[] units() { return units; }

        /** Bit i: the sentence has bigram i; bit bigrams.length + j: it has distinct unit j. */
        private long[] hits(Transcript t, int s) {
            if (hitsOf != t) {
                hitsOf = t;
                hits = new long[t.size()][];
            }
            long[][] perSentence = hits;
            if (perSentence[s] == null) {
                long[] bits = new long[(bigrams.length + distinctUnits.length + 63) / 64];
                long[] theirs = t.bigrams(s);
                for (int i = 0, k = 0; i < bigrams.length && k < theirs.length; ) {   // both sorted: merge
                    if (bigrams[i] < theirs[k]) i++;
                    else if (bigrams[i] > theirs[k]) k++;
                    else {
                        bits[i >> 6] |= 1L << i;
                        i++;
                        k++;
                    }
                }
                for (int j = 0; j < distinctUnits.length; j++) {
                    int bit = bigrams.length + j;
                    if (Arrays.binarySearch(t.sortedUnits(s), distinctUnits[j]) >= 0) bits[bit >> 6] |= 1L << bit;
                }
                perSentence[s] = bits;
            }
            return perSentence[s];
        }
    }

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

    /**
     * The cheap part of a score: bigram and unit coverage. The longest common subsequence, the costly
     * part, can use only the sentence's characters that the span contains, so {@code upperBound}
     * bounds the combined score: spans that cannot win need no LCS.
     */
    record Partial(double bigramCoverage, double unitCoverage, double upperBound) {}

    Partial partial(Query q, Span span) {
        if (q.units.length == 0) return new Partial(0, 0, 0);
        Transcript t = span.transcript();
        long[] bits = q.hits(t, span.from()).clone();
        for (int s = span.from() + 1; s < span.to(); s++) {
            long[] more = q.hits(t, s);
            for (int w = 0; w < bits.length; w++) bits[w] |= more[w];
        }
        double bHit = 0;
        for (int i = 0; i < q.bigrams.length; i++) {
            if ((bits[i >> 6] & (1L << i)) != 0) bHit += q.bigramIdf[i];
        }
        double uHit = 0;
        for (int j = 0; j < q.distinctUnits.length; j++) {
            int bit = q.bigrams.length + j;
            if ((bits[bit >> 6] & (1L << bit)) != 0) uHit += q.unitIdf[j];
        }
        double bigramCov = clamp(q.bigramTotal > 0 ? bHit / q.bigramTotal : 0);
        double unitCov = clamp(q.unitTotal > 0 ? uHit / q.unitTotal : 0);
        // a common subsequence pairs equal characters: the sentence's Han characters absent from the span cannot be in it
        int matchable = q.freeChars;
        for (int j = 0; j < q.distinctUnits.length; j++) {
            int bit = q.bigrams.length + j;
            if ((bits[bit >> 6] & (1L << bit)) != 0) matchable += q.charCount[j];
        }
        double lcsBound = q.compact.isEmpty() ? 0 : Math.min(1.0, matchable / (double) q.compact.length());
        return new Partial(bigramCov, unitCov, clamp(bigramWeight * bigramCov + unitWeight * unitCov + lcsWeight * lcsBound));
    }

    LexicalScores complete(Query q, Span span, Partial p) {
        if (q.units.length == 0) return LexicalScores.NONE;
        String compact = span.transcript().compact(span);
        double lcs = q.compact.isEmpty() ? 0 : Math.min(1.0, LCS.apply(q.compact, compact) / (double) q.compact.length());
        double combined = bigramWeight * p.bigramCoverage() + unitWeight * p.unitCoverage() + lcsWeight * lcs;
        return new LexicalScores(p.bigramCoverage(), p.unitCoverage(), clamp(lcs), clamp(combined));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
