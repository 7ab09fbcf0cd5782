package io.transcheck;

import io.transcheck.corpus.JobDefinition;
import io.transcheck.corpus.JobDefinitionException;
import io.transcheck.corpus.JobDefinitionLoader;
import io.transcheck.eval.Evaluation;
import io.transcheck.eval.Evaluator;
import io.transcheck.eval.CrossValidation;
import io.transcheck.eval.LabelledRun;
import io.transcheck.eval.LabelledSources;
import io.transcheck.eval.Training;
import io.transcheck.align.Embedder;
import io.transcheck.check.Decision;
import io.transcheck.job.JobLock;
import io.transcheck.job.RunLauncher;
import io.transcheck.pipeline.Settings;
import io.transcheck.job.TranscheckProperties;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.support.CronExpression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Command line and exit codes. Usage and job files are checked before Spring starts, so a mistake
 * costs no start-up time and exits 2 with one line that says what is wrong.
 */
@SpringBootApplication
public class TranscheckApplication {
    private static final Logger log = LoggerFactory.getLogger(TranscheckApplication.class);
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int FLAGGED = 3;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        try {
            return CommandLine.parse(args).accept(new Command.Handler<Integer>() {
                @Override public Integer help(Command.Help c) {
                    System.out.println(CommandLine.USAGE);
                    return OK;
                }

                @Override public Integer runJobs(Command.RunJobs c) throws UsageException {
                    return TranscheckApplication.runJobs(c);
                }

                @Override public Integer evaluate(Command.Evaluate c) throws UsageException {
                    return TranscheckApplication.evaluate(c);
                }

                @Override public Integer evaluateCorpus(Command.EvaluateCorpus c) throws UsageException {
                    return TranscheckApplication.evaluateCorpus(c);
                }

                @Override public Integer train(Command.Train c) throws UsageException {
                    return TranscheckApplication.train(c);
                }

                @Override public Integer pairs(Command.Pairs c) throws UsageException {
                    return TranscheckApplication.pairs(c);
                }

                @Override public Integer benchmark(Command.Benchmark c) {
                    return io.transcheck.bench.Benchmark.run(c.args());
                }

                @Override public Integer worker(Command.Worker c) {
                    return TranscheckApplication.worker(c);
                }

                @Override public Integer broker(Command.Broker c) throws UsageException {
                    return TranscheckApplication.broker(c.hostPort());
                }
            });
        } catch (UsageException e) {
            System.err.println("transcheck: " + e.getMessage());
            return USAGE;
        }
    }

    private static int evaluate(Command.Evaluate command) throws UsageException {
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
            return OK;
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static int evaluateCorpus(Command.EvaluateCorpus command) throws UsageException {
        quietLibraries();
        Embedder model = command.lexical() ? null : LabelledSources.cachedModel(Path.of("data"), 2);
        try {
            long start = System.nanoTime();
            List<LabelledRun> runs = command.sources().run(model == null ? Embedder.NONE : model);
            CrossValidation cv = new CrossValidation(runs);
            if (command.features() != null) java.nio.file.Files.writeString(command.features(), cv.featureTable());
            Decision shipped = shippedOrNull(model != null);
            System.out.print(cv.report(shipped));
            System.out.print("\n" + CrossValidation.pairs(Training.pairExamples(runs, model == null ? Embedder.NONE : model)));
            System.out.printf(java.util.Locale.ROOT, "%n(%.0f s)%n", (System.nanoTime() - start) / 1e9);
            return OK;
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The pairs command: every readable row judged, every row answered in order, problems named by line. */
    private static int pairs(Command.Pairs command) throws UsageException {
        quietLibraries();
        List<io.transcheck.report.PairsFile.Row> rows;
        try {
            rows = io.transcheck.report.PairsFile.read(command.input());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UsageException(command.input() + ": no such file");
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
        long start = System.nanoTime();
        Embedder model = command.lexical() ? Embedder.NONE : new io.transcheck.align.BgeSmallZhEmbedder(2);
        List<io.transcheck.pipeline.PairJudge.Pair> readable = rows.stream().filter(io.transcheck.report.PairsFile.Row::readable)
                .map(r -> new io.transcheck.pipeline.PairJudge.Pair(r.id(), r.source(), r.claim())).toList();
        List<io.transcheck.pipeline.PairJudge.Judged> judged = io.transcheck.pipeline.PairJudge
                .shipped(Settings.bind(Settings.applicationDefaults(), Map.of()), model).judge(readable);
        java.util.Iterator<io.transcheck.pipeline.PairJudge.Judged> it = judged.iterator();
        List<List<String>> out = new ArrayList<>();
        for (io.transcheck.report.PairsFile.Row r : rows) {
            if (!r.readable()) {
                System.err.println("transcheck: " + command.input() + ":" + r.line() + ": " + r.problem());
                out.add(List.of(r.id(), "", "", "ERROR: line " + r.line() + ": " + r.problem()));
                continue;
            }
            io.transcheck.check.Verdict v = it.next().verdict();
            out.add(List.of(r.id(), v.label().name(), io.transcheck.report.SentenceRow.formatScore(v.score()), v.reasons()));
        }
        try {
            io.transcheck.report.PairsFile.write(command.output(), out);
        } catch (IOException e) {
            System.err.println("transcheck: cannot write " + command.output() + ": " + e.getMessage());
            return FAILED;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf(java.util.Locale.ROOT, "transcheck: %d pairs judged in %.1f s (%.0f per second)%s; labels in %s%n", judged.size(), seconds,
                judged.size() / Math.max(seconds, 1e-9), rows.size() > judged.size() ? "; " + (rows.size() - judged.size()) + " rows could not be read" : "",
                command.output());
        if (model instanceof io.transcheck.align.BgeSmallZhEmbedder b) b.close();
        return OK;
    }

    private static Decision shippedOrNull(boolean semantic) {
        try {
            return Decision.shipped(semantic);
        } catch (RuntimeException e) {
            System.out.println("(no shipped decision model to compare: " + e.getMessage() + ")");
            return null;
        }
    }

    private static int train(Command.Train command) throws UsageException {
        quietLibraries();
        Embedder model = LabelledSources.cachedModel(Path.of("data"), 2);
        try {
            System.out.print(Training.train(command.sources(), model, command.out()));
            return OK;
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Outside Spring, logback's default prints every library's chatter (the model runtime's GPU probe) on stdout. */
    private static void quietLibraries() {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
    }

    /** Loads and checks every job definition the command names, before anything runs: a mistake is a usage error. */
    static Command.JobDefinitions definitions(Command.Jobs jobs) throws UsageException {
        try {
            return jobs.definitions(new JobDefinitionLoader(Settings.names()));
        } catch (JobDefinitionException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static int runJobs(Command.RunJobs command) throws UsageException {
        Command.RunOptions options = command.options();
        Command.JobDefinitions first = definitions(command.jobs());   // mistakes are reported before Spring starts
        ConfigurableApplicationContext started;
        try {
            started = spring(options.springArgs(), options.threads());
        } catch (RuntimeException e) {
            return startFailed(e);
        }
        try (ConfigurableApplicationContext ctx = started) {
            RunLauncher launcher = ctx.getBean(RunLauncher.class);
            Path reports = options.reports() != null ? options.reports() : ctx.getBean(TranscheckProperties.class).reports();
            if (options.schedule() == null) return runOnce(options, first, launcher, reports);
            CronExpression cron = CronExpression.parse(options.schedule());
            log.info("scheduled: jobs run on \"{}\"; stop with Ctrl-C or SIGTERM", options.schedule());
            while (true) {
                LocalDateTime next = cron.next(LocalDateTime.now());
                log.info("next run at {}", next);
                Thread.sleep(Math.max(0, Duration.between(LocalDateTime.now(), next).toMillis()));
                try {
                    runOnce(options, definitions(command.jobs()), launcher, reports);   // job files are read again each time
                } catch (UsageException e) {
                    log.error("scheduled run skipped: {}", e.getMessage());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OK;
        } catch (Exception e) {
            System.err.println("transcheck: the run failed: " + rootMessage(e));
            return FAILED;
        }
    }

    /** The Spring context of a run or a worker; a damaged H2 database is set aside and restored first (DatabaseGuard). */
    private static ConfigurableApplicationContext spring(List<String> springArgs, Integer threads) {
        List<String> all = new ArrayList<>(springArgs);
        if (threads != null) all.add("--transcheck.threads=" + threads);
        return new SpringApplicationBuilder(TranscheckApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(new io.transcheck.job.DatabaseGuard())
                .run(all.toArray(String[]::new));
    }

    /** One line that says what is wrong and what to do; the stack trace goes to the log file. */
    private static int startFailed(RuntimeException e) {
        io.transcheck.job.StartupFailure.Reason r = io.transcheck.job.StartupFailure.report(e);
        System.err.println("transcheck: " + r.line());
        return r.configuration() ? USAGE : FAILED;
    }

    /** Runs an Artemis broker on HOST:PORT until the process is stopped. */
    private static int broker(String hostPort) throws UsageException {
        int colon = hostPort.lastIndexOf(':');
        int port;
        try {
            port = Integer.parseInt(hostPort.substring(colon + 1));
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new UsageException("--broker takes HOST:PORT, was '" + hostPort + "'");
        }
        try (io.transcheck.job.Broker broker = new io.transcheck.job.Broker(colon > 0 ? hostPort.substring(0, colon) : "127.0.0.1", port)) {
            log.info("broker listening on tcp://{}; stop with Ctrl-C or SIGTERM", hostPort);
            return untilStopped("broker ready on tcp://" + hostPort);
        } catch (Exception e) {
            System.err.println("transcheck: the broker failed: " + rootMessage(e));
            return FAILED;
        }
    }

    /** Takes partition requests from the broker until the process is stopped. */
    private static int worker(Command.Worker command) {
        ConfigurableApplicationContext started;
        try {
            started = spring(command.springArgs(), command.threads());
        } catch (RuntimeException e) {
            return startFailed(e);
        }
        try (ConfigurableApplicationContext ctx = started) {
            log.info("worker ready: taking documents from queue {}", io.transcheck.job.RemotePartitioningConfiguration.QUEUE);
            return untilStopped("worker ready");
        } catch (Exception e) {
            System.err.println("transcheck: the worker failed: " + rootMessage(e));
            return FAILED;
        }
    }

    /** Says a server role is ready (scripts and tests wait for that line) and serves until the process is stopped. */
    private static int untilStopped(String ready) {
        System.out.println(ready);
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OK;
    }

    /** The more serious of two exit statuses: a failed run, then bad usage, then flags, then success. */
    static int worse(int a, int b) {
        List<Integer> rank = List.of(OK, FLAGGED, USAGE, FAILED);
        return rank.indexOf(a) >= rank.indexOf(b) ? a : b;
    }

    /** Runs each job once; the exit status is the worst outcome. */
    private static int runOnce(Command.RunOptions run, Command.JobDefinitions defs, RunLauncher launcher, Path reports) throws Exception {
        int code = OK;
        RunLauncher.Options options = new RunLauncher.Options(run.full(), run.importReviews());
        for (JobDefinition def : defs.jobs()) {
            try {
                RunLauncher.Outcome outcome = launcher.run(def, reports, options);
                if (!outcome.completed()) {
                    code = worse(code, FAILED);
                } else if (run.failOn().stream().anyMatch(l -> outcome.flags().getOrDefault(l, 0) > 0)) {
                    code = worse(code, FLAGGED);
                    log.info("job {}: {} flagged: exit status 3 (--fail-on)", def.name(), outcome.flags());
                }
            } catch (JobLock.AlreadyRunningException e) {
                System.err.println("transcheck: " + e.getMessage());
                code = worse(code, USAGE);
            }
        }
        for (Map.Entry<Path, String> bad : defs.rejected().entrySet()) {
            System.err.println("transcheck: " + bad.getValue() + " (job skipped; the others ran)");
            JobFileReport.write(reports, bad.getKey(), bad.getValue());
        }
        return code;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t + ")";
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
