package io.transcheck.eval;

import io.transcheck.align.BgeSmallZhEmbedder;
import io.transcheck.check.Decision;
import io.transcheck.check.Label;
import io.transcheck.learn.SoftmaxRegression;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The labelled corpus (../shared/corpus, 13 interviews) and the seeds' dev gold, run as `evaluate
 * --corpus` runs them, with the embedding model: every article matches its own transcript, and the
 * figures cross-validated by interview (each interview judged by a decision fitted on the others)
 * hold floors a little below what is reached (README, "Measuring accuracy").
 */
class CorpusAccuracyTest {
    private static BgeSmallZhEmbedder model;
    private static List<LabelledRun> runs;
    private static CrossValidation cv;

    @BeforeAll
    static void run() throws Exception {
        model = new BgeSmallZhEmbedder(2);
        runs = new LabelledSources(Path.of("../shared/corpus"), Path.of("jobs/stratechery-2025-10.yml"), Path.of("../shared/gold/dev")).run(model);
        cv = new CrossValidation(runs);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void everyArticle_matchesItsOwnTranscript() {
        for (LabelledRun r : runs) {
            for (LabelledRun.Document d : r.documents()) assertTrue(d.matchedOwn(), d.docId() + " " + d.alignment().match());
        }
        assertEquals(27, runs.stream().mapToInt(r -> r.documents().size()).sum());
    }

    @Test
    void corpus_crossValidatedFiguresHold() {
        Evaluation e = cv.crossValidated(runs.get(0));
        System.out.print(CrossValidation.line("corpus, cross-validated", e));
        Evaluator.Prf invented = e.perLabel().get(Label.INVENTED_CLAIM);
        assertTrue(e.flags().f1() >= 0.78, "flag F1 " + e.flags().f1());
        assertTrue(invented.precision() >= 0.79 && invented.recall() >= 0.85, "invented P " + invented.precision() + " R " + invented.recall());
        assertTrue(e.perLabel().get(Label.PARAPHRASE_DRIFT).f1() >= 0.54, "drift F1 " + e.perLabel().get(Label.PARAPHRASE_DRIFT).f1());
        assertTrue(e.alignmentAccuracy() >= 0.89, "alignment " + e.alignmentAccuracy());
    }

    /** The score is a probability: among claims scored about p, about p are supported (Brier score of the cross-validated scores). */
    @Test
    void score_isACalibratedProbabilityOfSupport() {
        double brier = 0;
        int n = 0;
        List<LabelledRun.Scored> all = new ArrayList<>();
        for (LabelledRun r : runs) all.addAll(r.scored(cv::heldOut));
        for (LabelledRun.Scored s : all) {
            boolean supported = s.gold() == Label.FAITHFUL || s.gold() == Label.PARAPHRASE;
            brier += Math.pow(s.score() - (supported ? 1 : 0), 2);
            n++;
        }
        assertTrue(brier / n <= 0.13, "Brier score " + brier / n);
    }

    /** What is shipped is what train fits on this data (up to rounding in the embedding runtime). */
    @Test
    void shippedSemanticDecision_isTheFitOnThisData() {
        SoftmaxRegression.Model fresh = LabelledRun.fit(CrossValidation.examples(runs)).model();
        SoftmaxRegression.Model shipped = Decision.shipped(true).model();
        assertEquals(fresh.features(), shipped.features(), "run `java -jar target/transcheck.jar train`");
        for (int c = 0; c < fresh.classes().size(); c++) {
            for (int j = 0; j < fresh.weights()[c].length; j++) {
                assertEquals(fresh.weights()[c][j], shipped.weights()[c][j], 1e-3, "class " + fresh.classes().get(c) + " weight " + j + ": run train");
            }
        }
    }
}
