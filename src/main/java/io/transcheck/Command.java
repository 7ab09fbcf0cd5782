package io.transcheck;

import io.transcheck.check.Label;
import io.transcheck.corpus.JobDefinition;
import io.transcheck.corpus.JobDefinitionException;
import io.transcheck.corpus.JobDefinitionLoader;
import io.transcheck.corpus.Role;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the command line asks for (see {@link CommandLine}): one record per command. A {@link Handler}
 * has a method for each, so the compiler sees that every command is handled (Java 17 has no
 * exhaustive switch over sealed types).
 */
public sealed interface Command {

    <R> R accept(Handler<R> handler) throws UsageException;

    /** One method per command. */
    interface Handler<R> {
        R help(Help command) throws UsageException;

        R runJobs(RunJobs command) throws UsageException;

        R evaluate(Evaluate command) throws UsageException;

        R evaluateCorpus(EvaluateCorpus command) throws UsageException;

        R train(Train command) throws UsageException;

        R pairs(Pairs command) throws UsageException;

        R benchmark(Benchmark command) throws UsageException;

        R worker(Worker command) throws UsageException;

        R broker(Broker command) throws UsageException;
    }

    /** Print the usage. */
    record Help() implements Command {
        @Override public <R> R accept(Handler<R> h) throws UsageException { return h.help(this); }
    }

    /** Run jobs once (or on a schedule). */
    record RunJobs(Jobs jobs, RunOptions options) implements Command {
        @Override public <R> R accept(Handler<R> h) throws UsageException { return h.runJobs(this); }
    }

    /** Score a report against gold labels. */
    record Evaluate(Path report, List<Path> gold) implements Command {
        @Override public <R> R accept(Handler<R> h) throws UsageException { return h.evaluate(this); }
    }

    /**
     * Score the decision on labelled interviews, cross-validated by interview.
     *
     * @param lexical  without the embedding model
     * @param features a file to write the features of every labelled claim to (TSV, for analysis), or null
     */
    record EvaluateCorpus(io.transcheck.eval.LabelledSources sources, boolean lexical, Path features) implements Command {
        @Override public <R> R accept(Handler<R> h) throws UsageException { return h.evaluateCorpus(this); }
    }

    /** Fit the decision on labelled interviews and write the model files into {@code out}. */
    record Train(io.transcheck.eval.LabelledSources sources, Path out) implements Command {
        @Override public <R> R accept(Handler<R> h) throws UsageException { return h.train(this); }
    }

    /**
     * Judge pre-aligned pairs (DESIGN.md): {@code input} a TSV of id, source, claim; {@code output} one label per row.
     *
     * @param lexical without the embedding model
     */
    record Pairs(Path input, Path output, boolean lexical) implements Command {
        @Override public <R> R accept(Handler<R> h) throws UsageException { return h.pairs(this); }
    }

    /** Measure speed; the benchmark parses its own options. */
    record Benchmark(List<String> args) implements Command {
        @Override public <R> R accept(Handler<R> h) throws UsageException { return h.benchmark(this); }
    }

    /** Take documents from a manager's broker until stopped. */
    record Worker(Integer threads, List<String> springArgs) implements Command {
        @Override public <R> R accept(Handler<R> h) throws UsageException { return h.worker(this); }
    }

    /** Run an Artemis broker for managers and workers on HOST:PORT. */
    record Broker(String hostPort) implements Command {
        @Override public <R> R accept(Handler<R> h) throws UsageException { return h.broker(this); }
    }

    /** Which jobs a run covers. */
    sealed interface Jobs {
        /** Loads and checks the job definitions (a bad file in jobs/ is set aside, the others run). */
        JobDefinitions definitions(JobDefinitionLoader loader) throws UsageException, JobDefinitionException;
    }

    /**
     * The jobs a run covers, and the job files of jobs/ that could not be read.
     *
     * @param rejected job file to what is wrong with it
     */
    record JobDefinitions(List<JobDefinition> jobs, Map<Path, String> rejected) {}

    /** Every job file of jobs/. */
    record AllJobs() implements Jobs {
        @Override public JobDefinitions definitions(JobDefinitionLoader loader) throws UsageException {
            Path dir = Path.of("jobs");
            List<Path> files = new ArrayList<>();
            if (Files.isDirectory(dir)) {
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.{yml,yaml}")) {
                    ds.forEach(files::add);
                } catch (IOException e) {
                    throw new UsageException("cannot list " + dir + ": " + e.getMessage());
                }
            }
            files.sort(null);
            if (files.isEmpty()) {
                throw new UsageException("no job files in " + dir.toAbsolutePath() + "; name one with --job= or run ad hoc with --transcript= --edited=");
            }
            List<JobDefinition> defs = new ArrayList<>();
            Map<Path, String> rejected = new LinkedHashMap<>();
            for (Path f : files) {
                try {
                    defs.add(loader.load(f));
                } catch (JobDefinitionException e) {
                    rejected.put(f, e.getMessage());
                }
            }
            if (defs.isEmpty()) throw new UsageException(String.join("; ", rejected.values()));
            return new JobDefinitions(defs, rejected);
        }
    }

    /** One job file. */
    record OneJob(Path file) implements Jobs {
        @Override public JobDefinitions definitions(JobDefinitionLoader loader) throws JobDefinitionException {
            return new JobDefinitions(List.of(loader.load(file)), Map.of());
        }
    }

    /**
     * A job given on the command line.
     *
     * @param name     names the reports folder
     * @param speakers labels that open speaker turns, by role (empty: the application's defaults)
     */
    record AdHoc(List<Path> transcripts, List<Path> edited, String name, Map<Role, List<String>> speakers) implements Jobs {
        public AdHoc {
            transcripts = List.copyOf(transcripts);
            edited = List.copyOf(edited);
            speakers = Map.copyOf(speakers);
        }

        @Override public JobDefinitions definitions(JobDefinitionLoader loader) {
            return new JobDefinitions(List.of(JobDefinition.adHoc(name, transcripts, edited, speakers, Path.of("").toAbsolutePath())), Map.of());
        }
    }

    /**
     * Options of the nightly operation.
     *
     * @param reports       reports folder, or null for the configured one
     * @param threads       documents checked at once, or null for the configured number
     * @param full          re-check unchanged documents too
     * @param importReviews a reviewed flagged.csv to import before the run, or null
     * @param failOn        labels whose presence in flagged.csv makes the exit status 3
     * @param schedule      a cron expression (seconds first): keep running and run the jobs on it; null to run once
     * @param manager       send documents to workers instead of checking them here
     * @param springArgs    {@code --spring.*}, {@code --transcheck.*} and {@code --logging.*} options, passed through
     */
    record RunOptions(Path reports, Integer threads, boolean full, Path importReviews, Set<Label> failOn, String schedule,
                      boolean manager, List<String> springArgs) {
        public RunOptions {
            failOn = Set.copyOf(failOn);
            springArgs = List.copyOf(springArgs);
        }
    }
}
