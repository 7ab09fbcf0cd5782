package io.transcheck;

import io.transcheck.corpus.JobDefinition;
import io.transcheck.corpus.JobDefinitionException;
import io.transcheck.corpus.JobDefinitionLoader;
import io.transcheck.eval.Evaluation;
import io.transcheck.eval.Evaluator;
import io.transcheck.job.RunLauncher;
import io.transcheck.pipeline.Settings;
import io.transcheck.job.TranscheckProperties;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command line and exit codes. Usage and job files are checked before Spring starts, so a mistake
 * costs no start-up time and exits 2 with one line that says what is wrong.
 */
@SpringBootApplication
public class TranscheckApplication {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

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
                default -> runJobs(cli, definitions(cli));
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

    /** Loads and checks every job definition the command names, before anything runs. */
    static List<JobDefinition> definitions(CommandLine cli) throws UsageException {
        JobDefinitionLoader loader = new JobDefinitionLoader(Settings.names());
        try {
            return switch (cli.mode()) {
                case JOB -> List.of(loader.load(cli.job()));
                case AD_HOC -> List.of(loader.parse(adHocYaml(cli), null, Path.of("").toAbsolutePath(), false));
                case ALL_JOBS -> {
                    Path dir = Path.of("jobs");
                    List<Path> files = Files.isDirectory(dir) ? ymlFiles(dir) : List.of();
                    if (files.isEmpty()) {
                        throw new UsageException("no job files in " + dir.toAbsolutePath() + "; name one with --job= or run ad hoc with --transcript= --edited=");
                    }
                    List<JobDefinition> defs = new ArrayList<>();
                    for (Path f : files) defs.add(loader.load(f));
                    yield defs;
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

    private static int runJobs(CommandLine cli, List<JobDefinition> defs) {
        List<String> springArgs = new ArrayList<>(cli.springArgs());
        if (cli.threads() != null) springArgs.add("--transcheck.threads=" + cli.threads());
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(TranscheckApplication.class)
                .web(WebApplicationType.NONE)
                .run(springArgs.toArray(String[]::new))) {
            RunLauncher launcher = ctx.getBean(RunLauncher.class);
            Path reports = cli.reports() != null ? cli.reports() : ctx.getBean(TranscheckProperties.class).reports();
            int code = OK;
            for (JobDefinition def : defs) {
                RunLauncher.Outcome outcome = launcher.run(def, reports);
                if (!outcome.completed()) code = FAILED;
            }
            return code;
        } catch (Exception e) {
            System.err.println("transcheck: the run failed: " + rootMessage(e));
            return FAILED;
        }
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
