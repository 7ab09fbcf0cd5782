package io.transcheck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line (DESIGN.md): every job in jobs/, {@code --job=}, the ad hoc form
 * {@code --transcript= --edited=}, or {@code evaluate --report= --gold=}. Options for Spring
 * ({@code --spring.*}, {@code --transcheck.*}, {@code --logging.*}) pass through.
 */
public record CommandLine(Mode mode, Path job, List<Path> transcripts, List<Path> edited, String name,
                          Map<String, List<String>> speakers, Path reports, Integer threads,
                          Path report, List<Path> gold, List<String> springArgs, RunFlags flags) {

    /**
     * Options of the nightly operation.
     *
     * @param full          re-check unchanged documents too
     * @param importReviews a reviewed flagged.csv to import before the run, or null
     * @param failOn        labels whose presence in flagged.csv makes the exit status 3
     * @param schedule      a cron expression (seconds first): keep running and run the jobs on it; null to run once
     */
    public record RunFlags(boolean full, Path importReviews, java.util.Set<io.transcheck.check.Label> failOn, String schedule) {
        public static final RunFlags NONE = new RunFlags(false, null, java.util.Set.of(), null);
    }

    public enum Mode { ALL_JOBS, JOB, AD_HOC, EVALUATE, BENCHMARK, WORKER, BROKER, HELP }

    public static final String USAGE = """
            usage:
              java -jar transcheck.jar                                   run every job in jobs/
              java -jar transcheck.jar --job=jobs/NAME.yml               run one job
              java -jar transcheck.jar --transcript=T.txt[,T2.txt] --edited=A.txt[,B.txt] [--name=NAME]
                                       [--speakers="host:主持人,Q;guest:SA,A"]   ad hoc run
              java -jar transcheck.jar evaluate --report=PATH/sentences.csv --gold=FILE.tsv|DIR[,...]
              java -jar transcheck.jar benchmark [options]                 measure speed (see docs/benchmarks.md)
              java -jar transcheck.jar --role=worker                       check documents sent by a manager, until stopped
              java -jar transcheck.jar --role=broker [--broker=HOST:PORT]  an Artemis broker for managers and workers
              (a run with --role=manager sends its documents to workers instead of checking them itself)
            options for every run: --reports=DIR  --threads=N  --full  --import-reviews=FILE
                                   --fail-on=INVENTED_CLAIM,PARAPHRASE_DRIFT  --schedule="0 0 2 * * *"
                                   (and any --spring.* or --transcheck.* property)
            exit status: 0 completed, 1 the run failed, 2 bad usage or configuration, 3 --fail-on labels were flagged""";

    public static CommandLine parse(String... args) throws UsageException {
        List<String> list = new ArrayList<>(Arrays.asList(args));
        if (!list.isEmpty() && list.get(0).equals("benchmark")) {
            // the benchmark parses its own options
            return new CommandLine(Mode.BENCHMARK, null, List.of(), List.of(), null, Map.of(), null, null, null, List.of(),
                    List.copyOf(list.subList(1, list.size())), RunFlags.NONE);
        }
        boolean evaluate = !list.isEmpty() && list.get(0).equals("evaluate");
        if (evaluate) list.remove(0);
        Map<String, String> opts = new LinkedHashMap<>();
        List<String> spring = new ArrayList<>();
        for (String a : list) {
            if (a.equals("--help") || a.equals("-h") || a.equals("help")) {
                return new CommandLine(Mode.HELP, null, List.of(), List.of(), null, Map.of(), null, null, null, List.of(), List.of(), RunFlags.NONE);
            }
            if (!a.startsWith("--")) throw new UsageException("unexpected argument '" + a + "'; options look like --name=value (see --help)");
            String body = a.substring(2);
            int eq = body.indexOf('=');
            String key = eq < 0 ? body : body.substring(0, eq);
            String value = eq < 0 ? "" : body.substring(eq + 1);
            if (key.startsWith("spring.") || key.startsWith("transcheck.") || key.startsWith("logging.")) {
                spring.add(a);
                continue;
            }
            if (key.equals("full") && eq < 0) value = "true";
            if (opts.put(key, value) != null) throw new UsageException("--" + key + " is given twice");
        }
        return evaluate ? evaluate(opts, spring) : run(opts, spring);
    }

    private static CommandLine evaluate(Map<String, String> opts, List<String> spring) throws UsageException {
        allowOnly(opts, "report", "gold");
        String report = required(opts, "report", "evaluate needs --report=PATH/sentences.csv");
        String gold = required(opts, "gold", "evaluate needs --gold=FILE.tsv (or a folder of them)");
        return new CommandLine(Mode.EVALUATE, null, List.of(), List.of(), null, Map.of(), null, null,
                Path.of(report), paths(gold), spring, RunFlags.NONE);
    }

    private static CommandLine run(Map<String, String> opts, List<String> spring) throws UsageException {
        String role = opts.getOrDefault("role", "standalone");
        if (role.equals("broker")) {
            allowOnly(opts, "role", "broker");
            return new CommandLine(Mode.BROKER, null, List.of(), List.of(), opts.getOrDefault("broker", "127.0.0.1:61616"), Map.of(),
                    null, null, null, List.of(), spring, RunFlags.NONE);
        }
        if (role.equals("worker")) {
            allowOnly(opts, "role", "threads");
            spring.add("--transcheck.role=worker");
            return new CommandLine(Mode.WORKER, null, List.of(), List.of(), null, Map.of(), null, threads(opts), null, List.of(), spring, RunFlags.NONE);
        }
        if (!role.equals("standalone") && !role.equals("manager")) {
            throw new UsageException("--role takes manager, worker or broker, was '" + role + "'");
        }
        if (role.equals("manager")) spring.add("--transcheck.role=manager");
        allowOnly(opts, "job", "transcript", "edited", "name", "speakers", "reports", "threads", "full", "import-reviews", "fail-on", "schedule", "role");
        RunFlags flags = flags(opts);
        Path reports = opts.containsKey("reports") ? Path.of(nonEmpty(opts, "reports")) : null;
        Integer threads = threads(opts);
        boolean adHoc = opts.containsKey("transcript") || opts.containsKey("edited");
        if (adHoc) {
            if (opts.containsKey("job")) throw new UsageException("use either --job= or --transcript= with --edited=, not both");
            String t = required(opts, "transcript", "an ad hoc run needs --transcript=FILE (or a comma-separated list)");
            String e = required(opts, "edited", "an ad hoc run needs --edited=FILE (or a comma-separated list)");
            return new CommandLine(Mode.AD_HOC, null, paths(t), paths(e), opts.getOrDefault("name", "adhoc"),
                    speakers(opts.get("speakers")), reports, threads, null, List.of(), spring, flags);
        }
        if (opts.containsKey("name") || opts.containsKey("speakers")) {
            throw new UsageException("--name= and --speakers= belong to an ad hoc run (--transcript= --edited=); a job file sets them itself");
        }
        if (opts.containsKey("job")) {
            return new CommandLine(Mode.JOB, Path.of(nonEmpty(opts, "job")), List.of(), List.of(), null, Map.of(), reports, threads,
                    null, List.of(), spring, flags);
        }
        return new CommandLine(Mode.ALL_JOBS, null, List.of(), List.of(), null, Map.of(), reports, threads, null, List.of(), spring, flags);
    }

    private static Integer threads(Map<String, String> opts) throws UsageException {
        if (!opts.containsKey("threads")) return null;
        int threads;
        try {
            threads = Integer.parseInt(opts.get("threads"));
        } catch (NumberFormatException e) {
            threads = -1;
        }
        if (threads < 1 || threads > 256) throw new UsageException("--threads must be a whole number from 1 to 256, was '" + opts.get("threads") + "'");
        return threads;
    }

    private static RunFlags flags(Map<String, String> opts) throws UsageException {
        String full = opts.get("full");
        if (full != null && !full.equals("true") && !full.equals("false")) throw new UsageException("--full takes no value (or true/false), was '" + full + "'");
        Path reviews = opts.containsKey("import-reviews") ? Path.of(nonEmpty(opts, "import-reviews")) : null;
        java.util.Set<io.transcheck.check.Label> failOn = java.util.EnumSet.noneOf(io.transcheck.check.Label.class);
        if (opts.containsKey("fail-on")) {
            for (String l : nonEmpty(opts, "fail-on").split(",")) {
                try {
                    io.transcheck.check.Label label = io.transcheck.check.Label.valueOf(l.strip());
                    if (!label.flagged()) throw new IllegalArgumentException();
                    failOn.add(label);
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--fail-on takes INVENTED_CLAIM and/or PARAPHRASE_DRIFT, was '" + l.strip() + "'");
                }
            }
        }
        String schedule = null;
        if (opts.containsKey("schedule")) {
            schedule = nonEmpty(opts, "schedule");
            if (!org.springframework.scheduling.support.CronExpression.isValidExpression(schedule)) {
                throw new UsageException("--schedule '" + schedule + "' is not a cron expression (six fields, seconds first: \"0 0 2 * * *\" is 02:00 daily)");
            }
        }
        return new RunFlags("true".equals(full), reviews, java.util.Set.copyOf(failOn), schedule);
    }

    /** {@code host:主持人,Q;guest:SA,A} */
    static Map<String, List<String>> speakers(String spec) throws UsageException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (spec == null || spec.isBlank()) return out;
        for (String part : spec.split(";")) {
            int colon = part.indexOf(':');
            if (colon <= 0) throw new UsageException("--speakers takes role:label,label;role:label, e.g. \"host:主持人,Q;guest:SA,A\"");
            List<String> labels = Arrays.stream(part.substring(colon + 1).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            out.put(part.substring(0, colon).strip(), labels);
        }
        return out;
    }

    private static void allowOnly(Map<String, String> opts, String... allowed) throws UsageException {
        List<String> ok = List.of(allowed);
        for (String k : opts.keySet()) {
            if (!ok.contains(k)) throw new UsageException("unknown option --" + k + " (see --help)");
        }
    }

    private static String required(Map<String, String> opts, String key, String message) throws UsageException {
        if (!opts.containsKey(key) || opts.get(key).isBlank()) throw new UsageException(message);
        return opts.get(key);
    }

    private static String nonEmpty(Map<String, String> opts, String key) throws UsageException {
        return required(opts, key, "--" + key + "= needs a value");
    }

    private static List<Path> paths(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList();
    }
}
