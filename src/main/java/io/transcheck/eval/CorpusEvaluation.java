package io.transcheck.eval;

import io.transcheck.align.Embedder;
import io.transcheck.check.Decision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The {@code evaluate --corpus} command: the labelled data run, cross-validated, printed. */
public final class CorpusEvaluation {
    private CorpusEvaluation() {}

    /**
     * @param model    the embedding model, or {@link Embedder#NONE} for lexical runs
     * @param features a file to write every labelled claim's features to, or null
     * @return the printout
     */
    public static String run(LabelledSources sources, Embedder model, Path features) throws IOException {
        long start = System.nanoTime();
        List<LabelledRun> runs = sources.run(model);
        CrossValidation cv = new CrossValidation(runs);
        if (features != null) Files.writeString(features, cv.featureTable());
        StringBuilder sb = new StringBuilder();
        Decision shipped = null;
        try {
            shipped = Decision.shipped(model.enabled());
        } catch (RuntimeException e) {
            sb.append("(no shipped decision to compare: ").append(e.getMessage()).append(")\n");
        }
        sb.append(cv.report(shipped));
        sb.append('\n').append(CrossValidation.pairs(Training.pairExamples(runs, model)));
        sb.append(String.format(Locale.ROOT, "%n(%.0f s)%n", (System.nanoTime() - start) / 1e9));
        return sb.toString();
    }
}
