package io.transcheck.job;

import com.opencsv.CSVReader;
import io.transcheck.TranscheckApplication;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A newsroom folder for end-to-end tests: jobs/, articles and transcripts, its own database, locks
 * and reports, and ways to run transcheck on it in this JVM or as a real separate process.
 */
final class JobFixture {
    final Path root;

    JobFixture(Path root) {
        this.root = root;
    }

    Path copySeed(String name, String as) throws IOException {
        Path to = root.resolve("in").resolve(as);
        Files.createDirectories(to.getParent());
        return Files.copy(Path.of("seeds", name), to);
    }

    Path write(String relative, byte[] bytes) throws IOException {
        Path to = root.resolve(relative);
        Files.createDirectories(to.getParent());
        return Files.write(to, bytes);
    }

    Path job(String name, String yaml) throws IOException {
        return write("jobs/" + name + ".yml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    List<String> args(String job, String... extra) {
        List<String> a = new ArrayList<>(List.of("--job=" + root.resolve("jobs/" + job + ".yml"), "--reports=" + root.resolve("reports"),
                "--spring.datasource.url=jdbc:h2:file:" + root.resolve("data/db").toAbsolutePath() + ";AUTO_SERVER=TRUE;WRITE_DELAY=0",
                "--transcheck.locks=" + root.resolve("data/locks")));
        a.addAll(List.of(extra));
        return a;
    }

    /** Runs transcheck in this JVM; returns the exit status. */
    int run(String job, String... extra) {
        return TranscheckApplication.run(args(job, extra).toArray(String[]::new));
    }

    /** Starts transcheck as a separate process with this JVM's classpath; its output is read by {@link #await}. */
    Process start(String job, String... extra) throws IOException {
        return startIn(Path.of("").toAbsolutePath(), args(job, extra));
    }

    /** Starts transcheck with exactly these arguments, in a working folder. */
    static Process startIn(Path workingDir, List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TranscheckApplication.class.getName()));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).directory(workingDir.toFile()).redirectErrorStream(true).start();
    }

    /** Reads the process's output until a line matches (true) or the process ends (false); the lines read go to {@code log}. */
    static boolean await(Process p, Predicate<String> line, List<String> log, long seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String l;
        while (System.nanoTime() < deadline && (l = r.readLine()) != null) {
            log.add(l);
            if (line.test(l)) return true;
        }
        return false;
    }

    Path latest(String job) {
        return root.resolve("reports").resolve(job).resolve("latest");
    }

    List<String[]> csv(String job, String file) throws Exception {
        String text = Files.readString(latest(job).resolve(file), StandardCharsets.UTF_8);
        try (CSVReader r = new CSVReader(new StringReader(text.substring(1)))) {
            return r.readAll();
        }
    }

    /** Rows of a report as maps from column name to cell. */
    List<Map<String, String>> rows(String job, String file) throws Exception {
        List<String[]> all = csv(job, file);
        List<Map<String, String>> out = new ArrayList<>();
        for (String[] r : all.subList(1, all.size())) {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < all.get(0).length; i++) m.put(all.get(0)[i], i < r.length ? r[i] : "");
            out.add(m);
        }
        return out;
    }
}
