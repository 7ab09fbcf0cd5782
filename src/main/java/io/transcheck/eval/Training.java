package io.transcheck.eval;

import io.transcheck.align.Embedder;
import io.transcheck.check.Decision;
import io.transcheck.pipeline.PairJudge;
import io.transcheck.pipeline.Settings;

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

    /**
     * Fits the decisions for documents and for pairs, with and without the embedding model, and writes
     * them into {@code outDir}; returns what was written, one line per file.
     */
    public static String train(LabelledSources sources, Embedder model, Path outDir) throws IOException {
        return write(sources, model, outDir) + write(sources, Embedder.NONE, outDir);
    }

    /** Fits the decisions (documents, pairs) for runs with this embedder, or lexical ones ({@link Embedder#NONE}), and writes them. */
    public static String write(LabelledSources sources, Embedder embedder, Path outDir) throws IOException {
        String variant = embedder.enabled() ? "semantic" : "lexical";
        List<LabelledRun> runs = sources.run(embedder);
        LabelledRun.Examples documents = CrossValidation.examples(runs);
        LabelledRun.Examples pairs = pairExamples(runs, embedder);
        return write(outDir.resolve("decision-" + variant + ".tsv"), documents, variant + ", sentences of articles")
                + write(outDir.resolve("decision-pairs-" + variant + ".tsv"), pairs, variant + ", pre-aligned pairs (no neighbours)");
    }

    /** The labelled claims as pairs of their passage and themselves, with the evidence the pairs command gathers. */
    public static LabelledRun.Examples pairExamples(List<LabelledRun> runs, Embedder embedder) {
        List<LabelledRun.LabelledPair> labelled = runs.stream().flatMap(r -> r.pairs().stream()).toList();
        PairJudge judge = new PairJudge(Settings.bind(Settings.applicationDefaults(), java.util.Map.of()), embedder, () -> {
            throw new IllegalStateException("fitting needs no decision");
        });
        List<PairJudge.Aligned> aligned = judge.align(labelled.stream().map(LabelledRun.LabelledPair::pair).toList());
        java.util.List<double[]> x = new java.util.ArrayList<>();
        java.util.List<Integer> y = new java.util.ArrayList<>();
        java.util.List<String> g = new java.util.ArrayList<>();
        for (int i = 0; i < aligned.size(); i++) {
            if (aligned.get(i).evidence() == null) continue;
            x.add(aligned.get(i).evidence().features());
            y.add(labelled.get(i).outcome());
            g.add(labelled.get(i).group());
        }
        return new LabelledRun.Examples(x.toArray(double[][]::new), y.stream().mapToInt(Integer::intValue).toArray(), g.toArray(String[]::new));
    }

    private static String write(Path file, LabelledRun.Examples examples, String what) throws IOException {
        Files.createDirectories(file.getParent());
        Decision decision = LabelledRun.fit(examples);
        String header = "# transcheck decision model, written by `java -jar transcheck.jar train`: do not edit by hand\n"
                + "# " + what + "; classes " + Decision.CLASSES + "; " + examples.y().length + " labelled claims from "
                + groups(examples) + " interviews\n";
        write(file, header + decision.model().toTsv());
        return String.format(Locale.ROOT, "%s: %d labelled claims (%s), %d features%n", file, examples.y().length,
                counts(examples), decision.model().features().size());
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
