package io.transcheck.bench;

import com.opencsv.CSVReader;
import io.transcheck.report.ReportWriter;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's "job" variants: the real nightly job (Spring Batch, H2 job repository and result
 * tables, CSV reports) run on a generated corpus in a child JVM, exactly as cron would start it, with
 * the benchmark's own heap limit. Its wall time includes JVM start and Spring start-up (reported
 * apart, from Spring Boot's start-up log line). Peak heap is
 * the largest heap in use before a collection, read from the child's GC log.
 */
final class NightlyJobRun {
    private static final Pattern SENTENCES = Pattern.compile("reports written to .*: (\\d+) sentences");
    private static final Pattern STARTED = Pattern.compile("process running for ([0-9.]+)\\)");
    private static final Pattern GC = Pattern.compile("(\\d+)M->\\d+M\\(\\d+M\\)");

    private NightlyJobRun() {}

    static Benchmark.Result run(Path jar, CorpusGenerator.Corpus c, boolean embeddings, int threads, Map<String, String> settings)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) throw new IOException(jar + " does not exist: build it first (mvn -B -q package -DskipTests)");
        String variant = embeddings ? "job-semantic" : "job";
        Path jobFile = c.dir().resolve("jobs/bench.yml");   // paths in it are relative to the corpus folder
        Files.createDirectories(jobFile.getParent());
        Files.writeString(jobFile, String.join("\n", "name: bench", "transcripts: transcripts/*.txt", "edited: articles/*.txt",
                "speakers:", "  host: [主持人, 汤普森]", "  guest: [SA, 奥特曼]", ""), StandardCharsets.UTF_8);
        Path work = c.dir().resolve("run-" + variant).toAbsolutePath();
        ReportWriter.deleteTree(work);
        Files.createDirectories(work);
        Path gcLog = work.resolve("gc.log");
        Path log = work.resolve("job.log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m", "-Xlog:gc:file=" + gcLog,
                "-jar", jar.toAbsolutePath().toString(),
                "--job=" + jobFile.toAbsolutePath(), "--reports=" + work.resolve("reports"), "--threads=" + threads, "--full",
                "--spring.datasource.url=jdbc:h2:file:" + work.resolve("db/transcheck") + ";WRITE_DELAY=0",
                "--transcheck.locks=" + work.resolve("locks"), "--transcheck.embeddings.enabled=" + embeddings));
        settings.forEach((k, v) -> cmd.add("--transcheck." + k + "=" + v));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        String out = Files.readString(log);
        Matcher m = SENTENCES.matcher(out);
        if (exit != 0 || !m.find()) throw new IOException("the nightly job failed (exit " + exit + "), see " + log);
        Matcher started = STARTED.matcher(out);
        Map<String, Double> stages = started.find() ? Map.of("JVM + Spring start-up", Double.parseDouble(started.group(1))) : Map.of();
        int[] matches = matches(work.resolve("reports/bench/latest/documents.csv"));
        return new Benchmark.Result(variant, c.articles().size(), Integer.parseInt(m.group(1)), seconds, false, 0, stages,
                peakHeapMb(gcLog), matches[0], matches[1]);
    }

    /** The largest heap in use before any collection of the child JVM. */
    private static long peakHeapMb(Path gcLog) throws IOException {
        long peak = 0;
        Matcher m = GC.matcher(Files.readString(gcLog));
        while (m.find()) peak = Math.max(peak, Long.parseLong(m.group(1)));
        return peak;
    }

    /** Documents matched to the transcript they were written from, and documents matched wrongly. */
    private static int[] matches(Path documents) throws IOException {
        try (Reader r = Files.newBufferedReader(documents, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(r)) {
            List<String[]> rows = csv.readAll();
            int doc = 0;   // the first column (after the byte order mark)
            int transcript = List.of(rows.get(0)).indexOf("transcript_id");
            int[] out = new int[2];
            for (String[] row : rows.subList(1, rows.size())) {
                if (row[transcript].isEmpty()) continue;
                out[row[transcript].equals(CorpusGenerator.transcriptOf(row[doc])) ? 0 : 1]++;
            }
            return out;
        } catch (com.opencsv.exceptions.CsvException e) {
            throw new IOException(documents + ": " + e.getMessage(), e);
        }
    }
}
