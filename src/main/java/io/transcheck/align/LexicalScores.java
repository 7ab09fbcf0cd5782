package io.transcheck.align;

/**
 * How much of an edited sentence's wording a transcript span contains.
 *
 * @param bigramCoverage IDF-weighted share of the sentence's character bigrams found in the span
 * @param unitCoverage   IDF-weighted share of its characters and words found in the span
 * @param lcsRatio       longest common subsequence over the sentence's length: order-aware, near 1 when verbatim
 * @param combined       the weighted mix used as lexical support, in [0,1]
 */
public record LexicalScores(double bigramCoverage, double unitCoverage, double lcsRatio, double combined) {
    public static final LexicalScores NONE = new LexicalScores(0, 0, 0, 0);

    public LexicalScores {
        check(bigramCoverage);
        check(unitCoverage);
        check(lcsRatio);
        check(combined);
    }

    private static void check(double v) {
        if (!(v >= 0 && v <= 1.0000001)) throw new IllegalArgumentException("score " + v);
    }
}
