package io.transcheck.bench;

import io.transcheck.align.BgeSmallZhEmbedder;
import io.transcheck.align.DocumentAlignment;
import io.transcheck.align.Embedder;
import io.transcheck.corpus.DocumentReader;
import io.transcheck.corpus.InputException;
import io.transcheck.corpus.Role;
import io.transcheck.corpus.SourceDocument;
import io.transcheck.pipeline.Pipeline;
import io.transcheck.pipeline.Settings;
import io.transcheck.pipeline.StageTimes;
import io.transcheck.pipeline.TranscriptLoader;
import io.transcheck.text.Normalizer;
import io.transcheck.text.Segmenter;
import io.transcheck.text.SpeakerAliases;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The benchmark command: generated corpora at several scales (see {@link CorpusGenerator}), and for
 * each, side by side in one run, the floor (read, decode, normalize, segment), the full pipeline
 * lexical only and with the embedding model, and an all-pairs baseline (every transcript sentence
 * scored instead of retrieved candidates). Slow variants run on a sample of the articles and are
 * extrapolated per sentence; the table says so. Prints a Markdown report.
 *
 * <pre>java -Xmx1g -jar target/transcheck.jar benchmark --scales=1,10,100</pre>
 */
public final class Benchmark {
    private static final Map<Role, List<String>> SPEAKERS = Map.of(Role.HOST, List.of("主持人", "汤普森"), Role.GUEST, List.of("SA", "奥特曼"));

    private Benchmark() {}

    /** @param settings threshold overrides for every variant ({@code --align.query-bigrams=32}) */
    record Options(List<Integer> scales, Path out, long seed, int threads, List<String> variants, int sample, Path seeds, int repeat,
                   Path jar, Map<String, String> settings) {}

    /** Figures of one variant at one scale. */
    record Result(String variant, int articles, int sentences, double seconds, boolean sampled, double buildSeconds,
                  Map<String, Double> stages, long peakHeapMb, int matched, int mismatched) {
        double sentencesPerSecond() {
            return sentences / seconds;
        }
    }

    /** @return the process exit status */
    public static int run(List<String> args) {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("transcheck benchmark: " + e.getMessage());
            System.err.println("options: --scales=1,10,100 --out=DIR --seed=N --threads=N --variants=floor,lexical,semantic,allpairs,job,job-semantic --sample=N --seeds=DIR --repeat=N --jar=FILE");
            return 2;
        }
        try {
            System.out.print(report(o, measure(o)));
            return 0;
        } catch (Exception e) {
            e.printStackTrace();
            return 1;
        }
    }

    static Options parse(List<String> args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String a : args) {
            if (!a.startsWith("--") || !a.contains("=")) throw new IllegalArgumentException("unexpected argument " + a);
            m.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (String k : m.keySet()) {
            if (k.startsWith("align.") || k.startsWith("labels.") || k.startsWith("checks.")) {
                if (!Settings.names().contains(k)) throw new IllegalArgumentException("unknown setting --" + k);
                settings.put(k, m.get(k));
            } else if (!List.of("scales", "out", "seed", "threads", "variants", "sample", "seeds", "repeat", "jar").contains(k)) {
                throw new IllegalArgumentException("unknown option --" + k);
            }
        }
        return new Options(
                List.of(m.getOrDefault("scales", "1,10,100").split(",")).stream().map(String::strip).map(Integer::parseInt).toList(),
                Path.of(m.getOrDefault("out", "target/bench-corpus")), Long.parseLong(m.getOrDefault("seed", "42")),
                Integer.parseInt(m.getOrDefault("threads", "2")),
                List.of(m.getOrDefault("variants", "floor,lexical,semantic,allpairs,job,job-semantic").split(",")),
                Integer.parseInt(m.getOrDefault("sample", "12")), Path.of(m.getOrDefault("seeds", "seeds")),
                Integer.parseInt(m.getOrDefault("repeat", "3")), Path.of(m.getOrDefault("jar", "target/transcheck.jar")), settings);
    }

    static Map<Integer, List<Result>> measure(Options o) throws Exception {
        CorpusGenerator generator = new CorpusGenerator(o.seeds());
        Map<Integer, List<Result>> out = new LinkedHashMap<>();
        BgeSmallZhEmbedder model = o.variants().contains("semantic") ? new BgeSmallZhEmbedder(o.threads()) : null;
        try {
            // warm up: class loading, dictionaries and the JIT would otherwise be charged to the first variant
            // (a 1x corpus once was not enough: the JIT was still compiling during the first 10x runs)
            CorpusGenerator.Corpus warm = generator.generate(o.out(), 10, o.seed() + 1);
            for (int i = 0; i < 3; i++) {
                floor(warm);
                full(warm, "warm-up", Embedder.NONE, Map.of(), o.threads(), Integer.MAX_VALUE);
            }
            for (int scale : o.scales()) {
                CorpusGenerator.Corpus c = generator.generate(o.out(), scale, o.seed());
                List<Result> results = new ArrayList<>();
                for (String v : o.variants()) {
                    System.err.printf(Locale.ROOT, "benchmark: %dx %s ...%n", scale, v);
                    // fast variants: the best of a few runs (a shared machine only ever adds time); slow ones: once
                    results.add(switch (v) {
                        case "floor" -> best(o.repeat(), () -> floor(c));
                        case "lexical" -> best(o.repeat(), () -> full(c, "lexical", Embedder.NONE, o.settings(), o.threads(), Integer.MAX_VALUE));
                        case "semantic" -> full(c, "semantic", model, o.settings(), o.threads(), scale >= 100 ? o.sample() : Integer.MAX_VALUE);
                        case "allpairs" -> full(c, "allpairs", Embedder.NONE, with(o.settings(), "align.retrieval.exhaustive", "true"), o.threads(),
                                scale >= 100 ? 1 : scale >= 10 ? Math.max(2, o.sample() / 4) : Integer.MAX_VALUE);
                        case "job" -> NightlyJobRun.run(o.jar(), c, false, o.threads(), o.settings());
                        case "job-semantic" -> NightlyJobRun.run(o.jar(), c, true, o.threads(), o.settings());
                        default -> throw new IllegalArgumentException("unknown variant " + v);
                    });
                }
                if (scale == 10 && o.variants().contains("lexical") && o.threads() > 1) {
                    results.add(rename(best(o.repeat(), () -> full(c, "lexical", Embedder.NONE, o.settings(), 1, Integer.MAX_VALUE)), "lexical, 1 thread"));
                }
                out.put(scale, results);
            }
        } finally {
            if (model != null) model.close();
        }
        return out;
    }

    private static Map<String, String> with(Map<String, String> settings, String key, String value) {
        Map<String, String> m = new LinkedHashMap<>(settings);
        m.put(key, value);
        return m;
    }

    interface Run {
        Result run() throws Exception;
    }

    private static Result best(int times, Run run) throws Exception {
        Result best = null;
        for (int i = 0; i < Math.max(1, times); i++) {
            Result r = run.run();
            if (best == null || r.seconds() < best.seconds()) best = r;
        }
        return best;
    }

    /** Reading, decoding, normalizing and segmenting every document: the cost of merely looking at the corpus. */
    static Result floor(CorpusGenerator.Corpus c) throws InputException {
        resetPeak();
        Segmenter segmenter = new Segmenter(new SpeakerAliases(SPEAKERS), new Normalizer(), 300);
        long start = System.nanoTime();
        int sentences = 0;
        List<Path> all = new ArrayList<>(c.transcripts());
        all.addAll(c.articles());
        for (Path p : all) {
            int n = segmenter.segment(DocumentReader.read(p)).size();
            if (c.articles().contains(p)) sentences += n;
        }
        return new Result("floor", c.articles().size(), sentences, (System.nanoTime() - start) / 1e9, false, 0, Map.of(), peakHeapMb(), -1, -1);
    }

    /** The whole pipeline over the corpus; articles beyond {@code limit} are left out and the rate extrapolated. */
    static Result full(CorpusGenerator.Corpus c, String name, Embedder embedder, Map<String, String> settings, int threads, int limit) throws Exception {
        resetPeak();
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        Pipeline pipeline = Pipeline.build(new Pipeline.Options(Settings.bind(null, settings), SPEAKERS, Map.of(), 300),
                c.transcripts().stream().map(TranscriptLoader.TranscriptFile::of).toList(), embedder);
        double build = (System.nanoTime() - start) / 1e9;
        StageTimes times = new StageTimes();
        List<Path> articles = c.articles().subList(0, Math.min(limit, c.articles().size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int sentences = 0;
        int matched = 0;
        int mismatched = 0;
        try {
            List<Future<int[]>> done = new ArrayList<>();
            for (Path p : articles) {
                done.add(pool.submit(() -> {
                    SourceDocument doc = times.time("read+decode", () -> read(p));
                    DocumentAlignment a = pipeline.align(doc, times);
                    String source = CorpusGenerator.transcriptOf(p.getFileName().toString());
                    String found = a.match().matched() ? a.match().transcript().id() : null;
                    return new int[] {pipeline.check(a, times).size(), found != null && found.equals(source) ? 1 : 0,
                            found != null && !found.equals(source) ? 1 : 0};
                }));
            }
            for (Future<int[]> f : done) {
                sentences += f.get()[0];
                matched += f.get()[1];
                mismatched += f.get()[2];
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> stages = new LinkedHashMap<>(times.seconds());
        stages.put("build library", build);
        stages.put("process CPU", (processCpuNanos() - cpuStart) / 1e9);   // all threads, GC and JIT included
        return new Result(name, articles.size(), sentences, seconds, articles.size() < c.articles().size(), build, stages, peakHeapMb(), matched, mismatched);
    }

    private static SourceDocument read(Path p) {
        try {
            return DocumentReader.read(p);
        } catch (InputException e) {
            throw new IllegalStateException(e.problem().toString());
        }
    }

    private static Result rename(Result r, String name) {
        return new Result(name, r.articles(), r.sentences(), r.seconds(), r.sampled(), r.buildSeconds(), r.stages(), r.peakHeapMb(), r.matched(), r.mismatched());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void resetPeak() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum / (1024 * 1024);
    }

    static String report(Options o, Map<Integer, List<Result>> results) throws Exception {
        StringBuilder sb = new StringBuilder();
        Runtime rt = Runtime.getRuntime();
        sb.append(String.format(Locale.ROOT, "Machine: %d cores, max heap %d MB, %s %s; seed %d%n%n", rt.availableProcessors(),
                rt.maxMemory() / (1024 * 1024), System.getProperty("java.vm.name"), System.getProperty("java.version"), o.seed()));
        sb.append("| scale | variant | articles (matched right / wrong) | edited sentences | seconds | sentences/s | vs floor | build library s | peak heap MB |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Map.Entry<Integer, List<Result>> e : results.entrySet()) {
            Result floor = e.getValue().stream().filter(r -> r.variant().equals("floor")).findFirst().orElse(null);
            for (Result r : e.getValue()) {
                double perSentence = r.seconds() / Math.max(1, r.sentences());
                String vsFloor = floor == null || r == floor ? "" : String.format(Locale.ROOT, "%.1f×", perSentence / (floor.seconds() / floor.sentences()));
                sb.append(String.format(Locale.ROOT, "| %d× | %s%s | %d%s | %d | %.2f | %.0f | %s | %.2f | %d |%n", e.getKey(), r.variant(),
                        r.sampled() ? " (sample)" : "", r.articles(), r.matched() < 0 ? "" : " (" + r.matched() + " / " + r.mismatched() + ")", r.sentences(), r.seconds(),
                        r.sentencesPerSecond(), vsFloor, r.buildSeconds(), r.peakHeapMb()));
            }
        }
        sb.append("\nTime per stage (seconds summed over threads), and the CPU time the process used:\n\n");
        for (Map.Entry<Integer, List<Result>> e : results.entrySet()) {
            for (Result r : e.getValue()) {
                if (r.stages().isEmpty()) continue;
                sb.append(String.format(Locale.ROOT, "- %d× %s: %s%n", e.getKey(), r.variant(), r.stages().entrySet().stream()
                        .map(s -> String.format(Locale.ROOT, "%s %.2f", s.getKey(), s.getValue())).toList()));
            }
        }
        return sb.toString();
    }
}
