package io.transcheck.eval;

import io.transcheck.align.Embedder;
import io.transcheck.check.Decision;
import io.transcheck.learn.SoftmaxRegression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The train command: the same data gives the same file; the shipped lexical model is what it writes. */
class TrainingTest {
    private static final LabelledSources ALL = new LabelledSources(Path.of("../shared/corpus"), Path.of("jobs/stratechery-2025-10.yml"),
            Path.of("../shared/gold/dev"));

    @Test
    void sameData_sameModelFile(@TempDir Path dir) throws Exception {
        LabelledSources seeds = new LabelledSources(null, Path.of("jobs/stratechery-2025-10.yml"), Path.of("../shared/gold/dev"));
        Training.write(seeds, Embedder.NONE, dir.resolve("one"));
        Training.write(seeds, Embedder.NONE, dir.resolve("two"));
        byte[] one = Files.readAllBytes(dir.resolve("one/decision-lexical.tsv"));
        assertArrayEquals(one, Files.readAllBytes(dir.resolve("two/decision-lexical.tsv")));
        assertTrue(new String(one, java.nio.charset.StandardCharsets.UTF_8).contains("labelled claims from 1 interviews"));
    }

    /** A build whose features changed, or whose labelled data did, must ship a decision retrained on them. */
    @Test
    void shippedLexicalDecision_isWhatTrainWritesFromThisProjectsLabelledData(@TempDir Path dir) throws Exception {
        Training.write(ALL, Embedder.NONE, dir);
        SoftmaxRegression.Model fresh = parse(dir.resolve("decision-lexical.tsv"));
        SoftmaxRegression.Model shipped = Decision.shipped(false).model();
        assertEquals(fresh.features(), shipped.features(), "run `java -jar target/transcheck.jar train`");
        for (int c = 0; c < fresh.classes().size(); c++) {
            assertArrayEquals(fresh.weights()[c], shipped.weights()[c], 1e-6, "class " + fresh.classes().get(c) + ": run train");
        }
    }

    private static SoftmaxRegression.Model parse(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        return SoftmaxRegression.Model.parse(lines);
    }
}
