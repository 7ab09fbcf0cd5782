package io.transcheck;

import io.transcheck.align.Embedder;
import io.transcheck.eval.CorpusEvaluation;
import io.transcheck.eval.Evaluation;
import io.transcheck.eval.Evaluator;
import io.transcheck.eval.LabelledSources;
import io.transcheck.eval.Training;
import io.transcheck.pipeline.PairsRun;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The commands that run without Spring: evaluate, evaluate --corpus, train, pairs. */
final class OfflineCommands {
    private OfflineCommands() {}

    static int evaluate(Command.Evaluate command) throws UsageException {
        List<Path> gold = new ArrayList<>();
        for (Path g : command.gold()) {
            if (Files.isDirectory(g)) gold.addAll(tsvFiles(g));
            else if (Files.isRegularFile(g)) gold.add(g);
            else throw new UsageException("gold file " + g + " does not exist");
        }
        if (gold.isEmpty()) throw new UsageException("no gold .tsv files in " + command.gold());
        if (!Files.isRegularFile(command.report())) throw new UsageException("report " + command.report() + " does not exist; run the job first");
        try {
            Evaluation e = Evaluator.evaluate(command.report(), gold);
            System.out.print(e.format(true));
            return TranscheckApplication.OK;
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static int evaluateCorpus(Command.EvaluateCorpus command) throws UsageException {
        Embedder model = command.lexical() ? Embedder.NONE : LabelledSources.cachedModel(Path.of("data"), 2);
        try {
            System.out.print(CorpusEvaluation.run(command.sources(), model, command.features()));
            return TranscheckApplication.OK;
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The pairs command: problems of single rows named by line on the console, the file as a whole a usage error. */
    static int pairs(Command.Pairs command) throws UsageException {
        PairsRun.Outcome outcome;
        try {
            outcome = PairsRun.run(command.input(), command.output(), command.lexical());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UsageException(e.getFile() + ": no such file");
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
        outcome.unreadable().forEach(r -> System.err.println("transcheck: " + command.input() + ":" + r.line() + ": " + r.problem()));
        System.err.printf(java.util.Locale.ROOT, "transcheck: %d pairs judged in %.1f s%s; labels in %s%n", outcome.judged(), outcome.seconds(),
                outcome.unreadable().isEmpty() ? "" : "; " + outcome.unreadable().size() + " rows could not be read", command.output());
        return TranscheckApplication.OK;
    }

    static int train(Command.Train command) throws UsageException {
        try {
            System.out.print(Training.train(command.sources(), LabelledSources.cachedModel(Path.of("data"), 2), command.out()));
            return TranscheckApplication.OK;
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Outside Spring, logback's default prints every library's chatter (the model runtime's GPU probe) on stdout. */
    static void quietLibraries() {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
    }

    private static List<Path> tsvFiles(Path dir) throws UsageException {
        return list(dir, "*.tsv");
    }

    private static List<Path> list(Path dir, String glob) throws UsageException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, glob)) {
            ds.forEach(out::add);
        } catch (IOException e) {
            throw new UsageException("cannot list " + dir + ": " + e.getMessage());
        }
        out.sort(null);
        return out;
    }
}
