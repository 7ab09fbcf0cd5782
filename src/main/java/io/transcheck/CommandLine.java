package io.transcheck;

import io.transcheck.check.Label;
import io.transcheck.corpus.Role;
import io.transcheck.eval.LabelledSources;
import org.springframework.scheduling.support.CronExpression;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the command line (DESIGN.md) into a {@link Command}: every job in jobs/, {@code --job=}, the
 * ad hoc form {@code --transcript= --edited=}, {@code evaluate}, {@code benchmark}, and the worker and
 * broker roles. Options for Spring ({@code --spring.*}, {@code --transcheck.*}, {@code --logging.*})
 * pass through.
 */
public final class CommandLine {
    public static final String USAGE = """
            usage:
              java -jar transcheck.jar                                   run every job in jobs/
              java -jar transcheck.jar --job=jobs/NAME.yml               run one job
              java -jar transcheck.jar --transcript=T.txt[,T2.txt] --edited=A.txt[,B.txt] [--name=NAME]
                                       [--speakers="host:主持人,Q;guest:SA,A"]   ad hoc run
              java -jar transcheck.jar evaluate --report=PATH/sentences.csv --gold=FILE.tsv|DIR[,...]
              java -jar transcheck.jar evaluate --corpus=DIR [--job=JOB.yml --gold=DIR] [--lexical] [--features=FILE.tsv]
              java -jar transcheck.jar train [--corpus=DIR] [--job=JOB.yml --gold=DIR] [--out=DIR]     fit the decision
              java -jar transcheck.jar pairs --input=pairs.tsv --output=labels.tsv [--lexical]        judge pre-aligned pairs
              java -jar transcheck.jar benchmark [options]                 measure speed (see docs/benchmarks.md)
              java -jar transcheck.jar --role=worker                       check documents sent by a manager, until stopped
              java -jar transcheck.jar --role=broker [--broker=HOST:PORT]  an Artemis broker for managers and workers
              (a run with --role=manager sends its documents to workers instead of checking them itself)
            options for every run: --reports=DIR  --threads=N  --full  --import-reviews=FILE
                                   --fail-on=INVENTED_CLAIM,PARAPHRASE_DRIFT  --schedule="0 0 2 * * *"
                                   (and any --spring.* or --transcheck.* property)
            exit status: 0 completed, 1 the run failed, 2 bad usage or configuration, 3 --fail-on labels were flagged""";

    private CommandLine() {}

    /** The options of a command line, split into our own ({@code --key=value}) and Spring's. */
    private record Options(Map<String, String> own, List<String> spring) {}

    public static Command parse(String... args) throws UsageException {
        List<String> list = new ArrayList<>(Arrays.asList(args));
        String verb = list.isEmpty() ? "" : list.get(0);
        if (verb.equals("benchmark")) return new Command.Benchmark(List.copyOf(list.subList(1, list.size())));
        if (verb.equals("evaluate") || verb.equals("train") || verb.equals("pairs")) list.remove(0);
        if (list.stream().anyMatch(a -> a.equals("--help") || a.equals("-h") || a.equals("help"))) return new Command.Help();
        Options opts = options(list);
        return switch (verb) {
            case "evaluate" -> opts.own().containsKey("corpus") ? evaluateCorpus(opts) : evaluate(opts);
            case "train" -> train(opts);
            case "pairs" -> pairs(opts);
            default -> run(opts);
        };
    }

    private static Options options(List<String> args) throws UsageException {
        Map<String, String> own = new LinkedHashMap<>();
        List<String> spring = new ArrayList<>();
        for (String a : args) {
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
            if (own.put(key, value) != null) throw new UsageException("--" + key + " is given twice");
        }
        return new Options(own, spring);
    }

    private static Command evaluate(Options o) throws UsageException {
        allowOnly(o, "report", "gold");
        String report = required(o, "report", "evaluate needs --report=PATH/sentences.csv");
        String gold = required(o, "gold", "evaluate needs --gold=FILE.tsv (or a folder of them)");
        return new Command.Evaluate(Path.of(report), paths(gold));
    }

    private static Command pairs(Options o) throws UsageException {
        allowOnly(o, "input", "output", "lexical");
        return new Command.Pairs(Path.of(required(o, "input", "pairs needs --input=pairs.tsv (id, source, claim)")),
                Path.of(required(o, "output", "pairs needs --output=labels.tsv")), o.own().containsKey("lexical"));
    }

    private static Command evaluateCorpus(Options o) throws UsageException {
        allowOnly(o, "corpus", "job", "gold", "lexical", "features");
        return new Command.EvaluateCorpus(sources(o, null, null, null), o.own().containsKey("lexical"), path(o.own().get("features")));
    }

    /** Without options: the labelled data of this project (../shared/corpus, and the seeds' job with ../shared/gold/dev). */
    private static Command train(Options o) throws UsageException {
        allowOnly(o, "corpus", "job", "gold", "out");
        boolean named = o.own().containsKey("corpus") || o.own().containsKey("job");
        LabelledSources sources = named ? sources(o, null, null, null)
                : sources(o, "../shared/corpus", "jobs/stratechery-2025-10.yml", "../shared/gold/dev");
        return new Command.Train(sources, Path.of(o.own().getOrDefault("out", "src/main/resources/check")));
    }

    private static LabelledSources sources(Options o, String corpus, String job, String gold) throws UsageException {
        try {
            return new LabelledSources(path(o.own().getOrDefault("corpus", corpus)), path(o.own().getOrDefault("job", job)),
                    path(o.own().getOrDefault("gold", gold)));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + " (--corpus=DIR, --job=FILE with --gold=DIR)");
        }
    }

    private static Path path(String s) {
        return s == null || s.isBlank() ? null : Path.of(s);
    }

    private static Command run(Options o) throws UsageException {
        String role = o.own().getOrDefault("role", "standalone");
        switch (role) {
            case "broker" -> {
                allowOnly(o, "role", "broker");
                return new Command.Broker(o.own().getOrDefault("broker", "127.0.0.1:61616"));
            }
            case "worker" -> {
                allowOnly(o, "role", "threads");
                List<String> spring = new ArrayList<>(o.spring());
                spring.add("--transcheck.role=worker");
                return new Command.Worker(threads(o), spring);
            }
            case "standalone", "manager" -> { }
            default -> throw new UsageException("--role takes manager, worker or broker, was '" + role + "'");
        }
        allowOnly(o, "job", "transcript", "edited", "name", "speakers", "reports", "threads", "full", "import-reviews", "fail-on", "schedule", "role");
        List<String> spring = new ArrayList<>(o.spring());
        if (role.equals("manager")) spring.add("--transcheck.role=manager");
        Command.RunOptions options = new Command.RunOptions(
                o.own().containsKey("reports") ? Path.of(nonEmpty(o, "reports")) : null, threads(o), full(o),
                o.own().containsKey("import-reviews") ? Path.of(nonEmpty(o, "import-reviews")) : null,
                failOn(o), schedule(o), role.equals("manager"), spring);
        return new Command.RunJobs(jobs(o), options);
    }

    private static Command.Jobs jobs(Options o) throws UsageException {
        Map<String, String> own = o.own();
        if (own.containsKey("transcript") || own.containsKey("edited")) {
            if (own.containsKey("job")) throw new UsageException("use either --job= or --transcript= with --edited=, not both");
            String t = required(o, "transcript", "an ad hoc run needs --transcript=FILE (or a comma-separated list)");
            String e = required(o, "edited", "an ad hoc run needs --edited=FILE (or a comma-separated list)");
            String name = own.getOrDefault("name", "adhoc");
            if (!io.transcheck.corpus.JobDefinition.NAME.matcher(name).matches()) {
                throw new UsageException("--name '" + name + "' may only use letters, digits, '.', '_' and '-' (it names the reports folder)");
            }
            return new Command.AdHoc(paths(t), paths(e), name, speakers(own.get("speakers")));
        }
        if (own.containsKey("name") || own.containsKey("speakers")) {
            throw new UsageException("--name= and --speakers= belong to an ad hoc run (--transcript= --edited=); a job file sets them itself");
        }
        return own.containsKey("job") ? new Command.OneJob(Path.of(nonEmpty(o, "job"))) : new Command.AllJobs();
    }

    private static Integer threads(Options o) throws UsageException {
        String value = o.own().get("threads");
        if (value == null) return null;
        int threads;
        try {
            threads = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            threads = -1;
        }
        if (threads < 1 || threads > 256) throw new UsageException("--threads must be a whole number from 1 to 256, was '" + value + "'");
        return threads;
    }

    private static boolean full(Options o) throws UsageException {
        String full = o.own().get("full");
        if (full != null && !full.equals("true") && !full.equals("false")) throw new UsageException("--full takes no value (or true/false), was '" + full + "'");
        return "true".equals(full);
    }

    private static Set<Label> failOn(Options o) throws UsageException {
        Set<Label> failOn = EnumSet.noneOf(Label.class);
        if (!o.own().containsKey("fail-on")) return failOn;
        for (String l : nonEmpty(o, "fail-on").split(",")) {
            Label label = Arrays.stream(Label.values()).filter(x -> x.name().equals(l.strip()) && x.flagged()).findFirst()
                    .orElseThrow(() -> new UsageException("--fail-on takes INVENTED_CLAIM and/or PARAPHRASE_DRIFT, was '" + l.strip() + "'"));
            failOn.add(label);
        }
        return failOn;
    }

    private static String schedule(Options o) throws UsageException {
        if (!o.own().containsKey("schedule")) return null;
        String schedule = nonEmpty(o, "schedule");
        if (!CronExpression.isValidExpression(schedule)) {
            throw new UsageException("--schedule '" + schedule + "' is not a cron expression (six fields, seconds first: \"0 0 2 * * *\" is 02:00 daily)");
        }
        return schedule;
    }

    /** {@code host:主持人,Q;guest:SA,A} */
    static Map<Role, List<String>> speakers(String spec) throws UsageException {
        Map<Role, List<String>> out = new EnumMap<>(Role.class);
        if (spec == null || spec.isBlank()) return out;
        for (String part : spec.split(";")) {
            int colon = part.indexOf(':');
            if (colon <= 0) throw new UsageException("--speakers takes role:label,label;role:label, e.g. \"host:主持人,Q;guest:SA,A\"");
            String name = part.substring(0, colon).strip();
            Role role = Role.parse(name).orElseThrow(() -> new UsageException("--speakers: unknown role '" + name + "' (host, who asks, or guest, who answers)"));
            List<String> labels = Arrays.stream(part.substring(colon + 1).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            out.put(role, labels);
        }
        return out;
    }

    private static void allowOnly(Options o, String... allowed) throws UsageException {
        List<String> ok = List.of(allowed);
        for (String k : o.own().keySet()) {
            if (!ok.contains(k)) throw new UsageException("unknown option --" + k + " (see --help)");
        }
    }

    private static String required(Options o, String key, String message) throws UsageException {
        String v = o.own().get(key);
        if (v == null || v.isBlank()) throw new UsageException(message);
        return v;
    }

    private static String nonEmpty(Options o, String key) throws UsageException {
        return required(o, key, "--" + key + "= needs a value");
    }

    private static List<Path> paths(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList();
    }
}
