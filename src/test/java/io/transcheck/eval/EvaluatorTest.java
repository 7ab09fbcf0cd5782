package io.transcheck.eval;

import io.transcheck.check.Label;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EvaluatorTest {
    private static GoldRow gold(String id, String key, Label label, String anchor) {
        return new GoldRow(id, "a.txt", key, label, anchor, "", 1);
    }

    @Test
    void metrics_followTheGoldContract() {
        List<Evaluator.ReportRow> report = List.of(
                new Evaluator.ReportRow("a.txt", "甲说了一句话。", Label.PARAPHRASE_DRIFT, "原文一"),
                new Evaluator.ReportRow("a.txt", "乙编了一个故事。", Label.INVENTED_CLAIM, "原文二"),
                new Evaluator.ReportRow("a.txt", "丙复述了原话。", Label.INVENTED_CLAIM, "原文三"),
                new Evaluator.ReportRow("b.txt", "丁在另一篇里。", Label.PARAPHRASE, "原文四"));
        Evaluation e = Evaluator.evaluate(report, List.of(
                gold("S1", "说了一句", Label.PARAPHRASE_DRIFT, "原文一"),
                gold("S2", "编了一个", Label.INVENTED_CLAIM, ""),
                gold("S3", "复述了", Label.PARAPHRASE, "原文X"),
                gold("S4", "另一篇", Label.PARAPHRASE, "原文四"),       // wrong document: not found
                gold("S5", "不存在", Label.INVENTED_CLAIM, "")));
        Evaluator.Prf flags = e.flags();
        assertEquals(2, flags.truePositives());
        assertEquals(3, flags.predicted());
        assertEquals(3, flags.actual());
        assertEquals(2.0 / 3, flags.precision(), 1e-9);
        assertEquals(2.0 / 3, flags.recall(), 1e-9);
        assertEquals(2, e.notFound());
        assertEquals(1.0 / 3, e.alignmentAccuracy(), 1e-9);   // S1 right; S3 wrong passage; S4 not found
        assertEquals(1, e.perLabel().get(Label.INVENTED_CLAIM).truePositives());
        assertEquals(2, e.perLabel().get(Label.INVENTED_CLAIM).predicted());
    }
}
