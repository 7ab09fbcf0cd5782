package io.transcheck;

import io.transcheck.align.BgeSmallZhEmbedder;
import io.transcheck.align.DocumentAlignment;
import io.transcheck.align.Embedder;
import io.transcheck.check.Label;
import io.transcheck.corpus.DocumentReader;
import io.transcheck.corpus.JobDefinition;
import io.transcheck.corpus.JobDefinitionLoader;
import io.transcheck.corpus.JobFiles;
import io.transcheck.eval.Evaluation;
import io.transcheck.eval.Evaluator;
import io.transcheck.eval.GoldRow;
import io.transcheck.pipeline.Pipeline;
import io.transcheck.pipeline.Settings;
import io.transcheck.pipeline.TranscriptLoader;
import io.transcheck.report.SentenceRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accuracy regression on the dev gold (../shared/gold/dev): runs the pipeline on the seeds with the
 * shipped settings and fails if a figure falls below what was reached minus a margin of about
 * 0.03-0.05 (stated in the README with the figures). Raise the floors when accuracy improves.
 */
class SeedAccuracyTest {
    private static final Path GOLD = Path.of("../shared/gold/dev");
    private static final List<String> ARTICLES = List.of("000_ebe397025fdbd02a.txt", "003_8743be825cb9e6ac.txt", "002_6f952aea2d1dfa9f.txt", "004_80afdb5ef3ed4cf2.txt");
    private static BgeSmallZhEmbedder model;

    @BeforeAll
    static void loadModel() {
        model = new BgeSmallZhEmbedder(2);
    }

    @AfterAll
    static void closeModel() {
        model.close();
    }

    private static List<GoldRow> gold() throws Exception {
        List<GoldRow> gold = new ArrayList<>();
        try (var files = Files.list(GOLD)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) gold.addAll(Evaluator.readGold(p));
        }
        return gold;
    }

    private static Evaluation run(Embedder embedder, List<String> matched) throws Exception {
        JobDefinition job = new JobDefinitionLoader(Settings.names()).load(Path.of("jobs/stratechery-2025-10.yml"));
        Pipeline p = Pipeline.build(Pipeline.Options.of(job, Settings.bind(null, job.settings()), Map.of(), 300),
                JobFiles.resolve(job).transcripts().stream().map(TranscriptLoader.TranscriptFile::of).toList(), embedder);
        List<SentenceRow> rows = new ArrayList<>();
        for (String id : ARTICLES) {
            DocumentAlignment a = p.align(DocumentReader.read(Path.of("seeds", id)));
            if (a.match().matched()) matched.add(id);
            rows.addAll(p.check(a));
        }
        return Evaluator.evaluateRows(rows, gold());
    }

    /**
     * The shipped decision is fitted on these 87 rows among 1,337 (the seeds' job is one of 14
     * interviews): the figures here are in-sample. The cross-validated ones, where a decision fitted on
     * the other interviews judges them, are lower (README, "Measuring accuracy").
     */
    @Test
    void withEmbeddings_devFiguresHold() throws Exception {
        List<String> matched = new ArrayList<>();
        Evaluation e = run(model, matched);
        System.out.println(e.format(false));
        assertEquals(List.of("000_ebe397025fdbd02a.txt", "003_8743be825cb9e6ac.txt"), matched);
        assertTrue(e.notFound() == 0, "every gold key is found in the report");
        assertTrue(e.flags().f1() >= 0.69, "flag F1 " + e.flags().f1());
        assertTrue(e.perLabel().get(Label.INVENTED_CLAIM).recall() >= 0.63, "invented recall " + e.perLabel().get(Label.INVENTED_CLAIM).recall());
        assertTrue(e.perLabel().get(Label.INVENTED_CLAIM).precision() >= 0.63, "invented precision " + e.perLabel().get(Label.INVENTED_CLAIM).precision());
        assertTrue(e.perLabel().get(Label.PARAPHRASE_DRIFT).f1() >= 0.64, "drift F1 " + e.perLabel().get(Label.PARAPHRASE_DRIFT).f1());
        assertTrue(e.alignmentAccuracy() >= 0.92, "alignment " + e.alignmentAccuracy());
    }

    @Test
    void lexicalOnly_stillRunsWithLowerFigures() throws Exception {
        List<String> matched = new ArrayList<>();
        Evaluation e = run(Embedder.NONE, matched);
        System.out.println(e.format(false));
        assertEquals(List.of("000_ebe397025fdbd02a.txt", "003_8743be825cb9e6ac.txt"), matched);
        assertTrue(e.flags().f1() >= 0.57, "flag F1 " + e.flags().f1());
        assertTrue(e.alignmentAccuracy() >= 0.64, "alignment " + e.alignmentAccuracy());
    }
}
