package io.transcheck.eval;

import io.transcheck.align.Embedder;
import io.transcheck.check.Decision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The {@code train} command: runs the labelled data through the pipeline, fits the decision on all
 * of it, and writes the model files the build ships (decision-semantic.tsv with the embedding model,
 * decision-lexical.tsv without). Deterministic: the same data gives the same files, byte for byte.
 */
public final class Training {
    private Training() {}

    /** @return what was written, one line per file */
    public static String train(LabelledSources sources, Embedder model, Path outDir) throws IOException {
        StringBuilder sb = new StringBuilder();
        Files.createDirectories(outDir);
        for (boolean semantic : List.of(true, false)) {
            List<LabelledRun> runs = sources.run(semantic ? model : Embedder.NONE);
            LabelledRun.Examples examples = CrossValidation.examples(runs);
            Decision decision = LabelledRun.fit(examples);
            Path file = outDir.resolve(semantic ? "decision-semantic.tsv" : "decision-lexical.tsv");
            String header = "# transcheck decision model, written by `java -jar transcheck.jar train`: do not edit by hand\n"
                    + "# classes " + Decision.CLASSES + "; " + examples.y().length + " labelled claims from " + groups(examples) + " interviews"
                    + (semantic ? "; with the embedding model" : "; lexical only") + "\n";
            write(file, header + decision.model().toTsv());
            sb.append(String.format(Locale.ROOT, "%s: %d labelled claims (%s), %d features%n", file, examples.y().length,
                    counts(examples), decision.model().features().size()));
        }
        return sb.toString();
    }

    private static long groups(LabelledRun.Examples e) {
        return java.util.Arrays.stream(e.group()).distinct().count();
    }

    private static String counts(LabelledRun.Examples e) {
        int[] n = new int[Decision.CLASSES.size()];
        for (int y : e.y()) n[y]++;
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < n.length; c++) sb.append(c == 0 ? "" : ", ").append(n[c]).append(' ').append(Decision.CLASSES.get(c).toLowerCase(Locale.ROOT));
        return sb.toString();
    }

    /** Written to a temporary file and moved into place: a failed run never leaves half a model. */
    private static void write(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
