package io.transcheck.check;

import io.transcheck.align.AlignedSentence;
import io.transcheck.text.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The verdict from the decision's probabilities and the checks' findings. */
class LabelAggregatorTest {
    private static final LabelSettings SETTINGS = LabelSettings.defaults();
    private final LabelAggregator aggregator = new LabelAggregator(SETTINGS);

    private static Evidence evidence(Finding... findings) {
        return new Evidence(List.of(findings), new double[Features.NAMES.size()]);
    }

    @ParameterizedTest(name = "P {0} {1} {2} {3} {4} -> {5}")
    @CsvSource({
            "0.60, 0.30, 0.05, 0.05, 0.00, FAITHFUL",
            "0.30, 0.60, 0.05, 0.05, 0.00, PARAPHRASE",
            "0.30, 0.30, 0.40, 0.00, 0.00, PARAPHRASE",
            "0.10, 0.20, 0.60, 0.10, 0.00, PARAPHRASE_DRIFT",
            "0.10, 0.10, 0.30, 0.50, 0.00, INVENTED_CLAIM",
            "0.05, 0.05, 0.10, 0.20, 0.60, NOT_A_CLAIM"})
    void mostProbableOutcome_supportedCountedTogether_isTheLabel_andScoreIsTheProbabilityOfSupport(
            double faithful, double paraphrase, double drift, double invented, double nac, Label expected) {
        CheckFixture.Case c = CheckFixture.aligned("三年前我们还是研究机构。", 0.9, 0.9, Double.NaN, "SA: 三年前我們還是研究機構。");
        Verdict v = aggregator.aggregate(c.sentence(), evidence(), new double[] {faithful, paraphrase, drift, invented, nac}, c.facts());
        assertEquals(expected, v.label(), v.reasons());
        assertEquals(faithful + paraphrase, v.score(), 1e-9);
    }

    @Test
    void driftWithAFinding_givesThatFindingAsItsReason() {
        CheckFixture.Case c = CheckFixture.aligned("三年前我们还是研究机构。", 0.9, 0.9, Double.NaN, "SA: 五年前我們還是研究機構。");
        Verdict v = aggregator.aggregate(c.sentence(), evidence(new Finding(NumberMismatchCheck.ID, Finding.Severity.DRIFT, "says 3 where the transcript says 5")),
                new double[] {0.1, 0.1, 0.7, 0.1, 0}, c.facts());
        assertEquals(Label.PARAPHRASE_DRIFT, v.label());
        assertEquals("NUMBER_MISMATCH: says 3 where the transcript says 5", v.reasons());
    }

    @Test
    void judgedWithoutAFindingThatSaysWhy_theEvidenceIsSaidInWords() {
        CheckFixture.Case c = CheckFixture.aligned("火星基地明年启用。", 0.2, 0.2, Double.NaN, "SA: 我們會繼續努力。");
        Verdict invented = aggregator.aggregate(c.sentence(), evidence(), new double[] {0.05, 0.05, 0.1, 0.8, 0}, c.facts());
        assertTrue(invented.reasons().startsWith(UnsupportedContentCheck.ID + ": nothing in the transcript says this"), invented.reasons());
        Verdict drift = aggregator.aggregate(c.sentence(), evidence(), new double[] {0.05, 0.05, 0.8, 0.1, 0}, c.facts());
        assertTrue(drift.reasons().startsWith(WeakSupportCheck.ID + ": only loosely related to L1"), drift.reasons());
        Verdict supported = aggregator.aggregate(c.sentence(), evidence(new Finding(CertaintyCheck.ID, Finding.Severity.DRIFT, "x")),
                new double[] {0.1, 0.7, 0.1, 0.1, 0}, c.facts());
        assertEquals(LabelAggregator.SUPPORT + ": matches L1 (support 20%)", supported.reasons(), "an unflagged claim gives its support, not findings the decision outweighed");
    }

    @Test
    void headingAndCourtesy_areNotClaims() {
        List<Sentence> heading = CheckFixture.sentences("06 Sora现象:AI爆款的诞生");
        assertEquals(Label.NOT_A_CLAIM, LabelAggregator.notAClaim(heading.get(0)).orElseThrow().label());
        AlignedSentence thanks = CheckFixture.aligned("奥特曼:感谢你的精彩主持。", 0.9, 0.9, Double.NaN, "SA: 非常感謝。再見。").sentence();
        assertEquals(Label.NOT_A_CLAIM, LabelAggregator.notAClaim(thanks.sentence()).orElseThrow().label());
        AlignedSentence claim = CheckFixture.aligned("奥特曼:我们的团队非常有天赋。", 0.9, 0.9, Double.NaN, "SA: 我們的團隊非常有天賦。").sentence();
        assertTrue(LabelAggregator.notAClaim(claim.sentence()).isEmpty());
    }
}
