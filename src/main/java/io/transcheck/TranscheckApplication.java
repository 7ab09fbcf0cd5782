package io.transcheck;

import io.transcheck.corpus.JobDefinition;
import io.transcheck.corpus.JobDefinitionException;
import io.transcheck.corpus.JobDefinitionLoader;
import io.transcheck.eval.Evaluation;
import io.transcheck.eval.Evaluator;
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
        CommandLine cli;
        try {
            cli = CommandLine.parse(args);
        } catch (UsageException e) {
            System.err.println("transcheck: " + e.getMessage());
            return USAGE;
        }
        try {
            return switch (cli.mode()) {
                case HELP -> {
                    System.out.println(CommandLine.USAGE);
                    yield OK;
                }
                case EVALUATE -> evaluate(cli);
                case BENCHMARK -> io.transcheck.bench.Benchmark.run(cli.springArgs());
                case BROKER -> broker(cli.name());
                case WORKER -> worker(cli);
                default -> runJobs(cli);
            };
        } catch (UsageException e) {
            System.err.println("transcheck: " + e.getMessage());
            return USAGE;
        }
    }

    private static int evaluate(CommandLine cli) throws UsageException {
        List<Path> gold = new ArrayList<>();
        for (Path g : cli.gold()) {
            if (Files.isDirectory(g)) gold.addAll(tsvFiles(g));
            else if (Files.isRegularFile(g)) gold.add(g);
            else throw new UsageException("gold file " + g + " does not exist");
        }
        if (gold.isEmpty()) throw new UsageException("no gold .tsv files in " + cli.gold());
        if (!Files.isRegularFile(cli.report())) throw new UsageException("report " + cli.report() + " does not exist; run the job first");
        try {
            Evaluation e = Evaluator.evaluate(cli.report(), gold);
            System.out.print(e.format(true));
            return OK;
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The job definitions a command names, and the job files of jobs/ that could not be read. */
    record Definitions(List<JobDefinition> jobs, Map<Path, String> rejected) {}

    /**
     * Loads and checks every job definition the command names, before anything runs. A named or ad
     * hoc job with a mistake is a usage error; in jobs/, a bad file is reported and the others run.
     */
    static Definitions definitions(CommandLine cli) throws UsageException {
        JobDefinitionLoader loader = new JobDefinitionLoader(Settings.names());
        try {
            return switch (cli.mode()) {
                case JOB -> new Definitions(List.of(loader.load(cli.job())), Map.of());
                case AD_HOC -> new Definitions(List.of(loader.parse(adHocYaml(cli), null, Path.of("").toAbsolutePath(), false)), Map.of());
                case ALL_JOBS -> {
                    Path dir = Path.of("jobs");
                    List<Path> files = Files.isDirectory(dir) ? ymlFiles(dir) : List.of();
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
                    yield new Definitions(defs, rejected);
                }
                default -> throw new IllegalStateException(cli.mode().name());
            };
        } catch (JobDefinitionException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String adHocYaml(CommandLine cli) {
        StringBuilder sb = new StringBuilder("name: \"" + cli.name() + "\"\ntranscripts:\n");
        cli.transcripts().forEach(t -> sb.append("  - \"").append(escape(t.toAbsolutePath().toString())).append("\"\n"));
        sb.append("edited:\n");
        cli.edited().forEach(e -> sb.append("  - \"").append(escape(e.toAbsolutePath().toString())).append("\"\n"));
        if (!cli.speakers().isEmpty()) {
            sb.append("speakers:\n");
            cli.speakers().forEach((role, labels) -> {
                sb.append("  \"").append(escape(role)).append("\":\n");
                labels.forEach(l -> sb.append("    - \"").append(escape(l)).append("\"\n"));
            });
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static int runJobs(CommandLine cli) throws UsageException {
        Definitions first = definitions(cli);   // mistakes are reported before Spring starts
        List<String> springArgs = new ArrayList<>(cli.springArgs());
        if (cli.threads() != null) springArgs.add("--transcheck.threads=" + cli.threads());
        ConfigurableApplicationContext started;
        try {
            started = start(springArgs);
        } catch (RuntimeException e) {
            return startFailed(e);
        }
        try (ConfigurableApplicationContext ctx = started) {
            RunLauncher launcher = ctx.getBean(RunLauncher.class);
            Path reports = cli.reports() != null ? cli.reports() : ctx.getBean(TranscheckProperties.class).reports();
            if (cli.flags().schedule() == null) return runOnce(cli, first, launcher, reports);
            CronExpression cron = CronExpression.parse(cli.flags().schedule());
            log.info("scheduled: jobs run on \"{}\"; stop with Ctrl-C or SIGTERM", cli.flags().schedule());
            while (true) {
                LocalDateTime next = cron.next(LocalDateTime.now());
                log.info("next run at {}", next);
                Thread.sleep(Math.max(0, Duration.between(LocalDateTime.now(), next).toMillis()));
                try {
                    runOnce(cli, definitions(cli), launcher, reports);   // job files are read again each time
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

    /** Starts Spring; a damaged H2 database is set aside and restored first (DatabaseGuard). */
    private static ConfigurableApplicationContext start(List<String> springArgs) {
        return new SpringApplicationBuilder(TranscheckApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(new io.transcheck.job.DatabaseGuard())
                .run(springArgs.toArray(String[]::new));
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
    private static int worker(CommandLine cli) {
        List<String> springArgs = new ArrayList<>(cli.springArgs());
        if (cli.threads() != null) springArgs.add("--transcheck.threads=" + cli.threads());
        ConfigurableApplicationContext started;
        try {
            started = start(springArgs);
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
    private static int runOnce(CommandLine cli, Definitions defs, RunLauncher launcher, Path reports) throws Exception {
        int code = OK;
        RunLauncher.Options options = new RunLauncher.Options(cli.flags().full(), cli.flags().importReviews());
        for (JobDefinition def : defs.jobs()) {
            try {
                RunLauncher.Outcome outcome = launcher.run(def, reports, options);
                if (!outcome.completed()) {
                    code = worse(code, FAILED);
                } else if (cli.flags().failOn().stream().anyMatch(l -> outcome.flags().getOrDefault(l, 0) > 0)) {
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

    private static List<Path> ymlFiles(Path dir) throws UsageException {
        return list(dir, "*.{yml,yaml}");
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
