package io.transcheck.check;

import io.transcheck.align.AlignedSentence;
import io.transcheck.text.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelAggregatorTest {
    private static final LabelSettings SETTINGS = LabelSettings.defaults();
    private final LabelAggregator aggregator = new LabelAggregator(SETTINGS);

    @ParameterizedTest(name = "support {0}, lexical {1}, finding {2} -> {3}")
    @CsvSource({
            "0.95, 0.95, NONE,     FAITHFUL",
            "0.95, 0.50, NONE,     PARAPHRASE",
            "0.50, 0.50, NONE,     PARAPHRASE",
            "0.30, 0.30, NONE,     PARAPHRASE",
            "0.90, 0.90, DRIFT,    PARAPHRASE_DRIFT",
            "0.90, 0.90, INVENTED, INVENTED_CLAIM",
            "0.10, 0.10, INVENTED, INVENTED_CLAIM",
            "0.50, 0.50, INFO,     PARAPHRASE"})
    void supportAndFindings_giveLabel(double support, double lcs, String severity, Label expected) {
        AlignedSentence s = CheckFixture.aligned("三年前我们还是研究机构。", support, lcs, Double.NaN, "SA: 三年前我們還是研究機構。").sentence();
        List<Finding> findings = severity.equals("NONE") ? List.of()
                : List.of(new Finding("TEST", Finding.Severity.valueOf(severity), "test finding"));
        Verdict v = aggregator.aggregate(s, findings);
        assertEquals(expected, v.label(), v.reasons());
        assertEquals(support, v.score(), 1e-9);
    }

    @Test
    void flaggedVerdict_namesItsReasons() {
        AlignedSentence s = CheckFixture.aligned("三年前我们还是研究机构。", 0.9, 0.9, Double.NaN, "SA: 三年前我們還是研究機構。").sentence();
        Verdict v = aggregator.aggregate(s, List.of(new Finding("NUMBER_MISMATCH", Finding.Severity.DRIFT, "says 3 where the transcript says 5")));
        assertEquals(Label.PARAPHRASE_DRIFT, v.label());
        assertTrue(v.reasons().startsWith("NUMBER_MISMATCH: says 3"), v.reasons());
    }

    @Test
    void headingAndCourtesy_areNotClaims() {
        List<Sentence> heading = CheckFixture.sentences("06 Sora现象:AI爆款的诞生");
        assertEquals(Label.NOT_A_CLAIM, LabelAggregator.notAClaim(heading.get(0)).orElseThrow().label());
        AlignedSentence thanks = CheckFixture.aligned("奥特曼:感谢你的精彩主持。", 0.9, 0.9, Double.NaN, "SA: 非常感謝。再見。").sentence();
        assertEquals(Label.NOT_A_CLAIM, LabelAggregator.notAClaim(thanks.sentence()).orElseThrow().label());
        AlignedSentence claim = CheckFixture.aligned("奥特曼:我们的团队非常有天赋。", 0.9, 0.9, Double.NaN, "SA: 我們的團隊非常有天賦。").sentence();
        assertTrue(LabelAggregator.notAClaim(claim.sentence()).isEmpty());
        assertEquals(Label.FAITHFUL, aggregator.aggregate(claim, List.of()).label());
    }
}
