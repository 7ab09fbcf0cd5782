package io.transcheck;

import io.transcheck.corpus.JobDefinition;
import io.transcheck.corpus.JobDefinitionException;
import io.transcheck.corpus.JobDefinitionLoader;
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

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
                    return OfflineCommands.evaluate(c);
                }

                @Override public Integer evaluateCorpus(Command.EvaluateCorpus c) throws UsageException {
                    OfflineCommands.quietLibraries();
                    return OfflineCommands.evaluateCorpus(c);
                }

                @Override public Integer train(Command.Train c) throws UsageException {
                    OfflineCommands.quietLibraries();
                    return OfflineCommands.train(c);
                }

                @Override public Integer pairs(Command.Pairs c) throws UsageException {
                    OfflineCommands.quietLibraries();
                    return OfflineCommands.pairs(c);
                }

                @Override public Integer benchmark(Command.Benchmark c) {
                    OfflineCommands.quietLibraries();
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
}
