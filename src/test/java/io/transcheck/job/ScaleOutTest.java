package io.transcheck.job;

import io.transcheck.TranscheckApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Remote partitioning with real processes on loopback: an Artemis broker, two workers and a manager
 * sharing a PostgreSQL job repository give the reports of a single-process run; killing a worker in
 * the middle still ends in complete, identical reports (after a restart if the manager gave up).
 * PostgreSQL comes from TRANSCHECK_PG_URL or is started with scripts/postgres.sh (.ci/run installs it).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutTest {
    private static final String[] COMMON = {"--transcheck.embeddings.enabled=false", "--transcheck.chunk-size=5", "--transcheck.threads=1"};
    @TempDir
    static Path dir;
    static JobFixture fx;
    static String database;
    static String broker;
    static final List<ProcessLog> processes = new ArrayList<>();

    @BeforeAll
    static void brokerWorkersAndDatabase() throws Exception {
        String admin = postgres();
        assumeTrue(admin != null, "PostgreSQL is not available: run scripts/postgres.sh start (or set TRANSCHECK_PG_URL)");
        String name = "tc_scaleout_" + System.nanoTime();
        try (Connection c = DriverManager.getConnection(admin)) {
            c.createStatement().execute("CREATE DATABASE " + name);
        }
        database = admin.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        fx = new JobFixture(dir);
        fx.copySeed("001_7439e84836933ddf.txt", "transcript.txt");
        String article = Files.readString(Path.of("seeds/000_ebe397025fdbd02a.txt"));
        for (int i = 0; i < 6; i++) {
            fx.write(String.format("in/article-%02d.txt", i), (article + "\n第" + i + "版。\n").getBytes(StandardCharsets.UTF_8));
        }
        fx.copySeed("004_80afdb5ef3ed4cf2.txt", "article-other.txt");
        for (String job : List.of("together", "alone", "killed", "aloneagain")) {
            fx.job(job, "name: " + job + "\ntranscripts: in/transcript.txt\nedited: in/article-*.txt\n"
                    + "speakers:\n  host: [主持人, 汤普森]\n  guest: [SA, 奥特曼]\n");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        broker = "tcp://127.0.0.1:" + port;
        ProcessLog b = new ProcessLog("broker", JobFixture.startIn(dir, List.of("--role=broker", "--broker=127.0.0.1:" + port)));
        processes.add(b);
        assertTrue(b.await(l -> l.contains("broker ready"), 60), b.toString());
        for (int w = 1; w <= 2; w++) startWorker("worker" + w);
    }

    static ProcessLog startWorker(String name) throws Exception {
        List<String> args = new ArrayList<>(List.of("--role=worker", "--spring.datasource.url=" + database, "--spring.artemis.broker-url=" + broker));
        args.addAll(List.of(COMMON));
        ProcessLog w = new ProcessLog(name, JobFixture.startIn(dir, args));
        processes.add(w);
        assertTrue(w.await(l -> l.contains("worker ready"), 120), w.toString());
        return w;
    }

    @AfterAll
    static void stopAll() throws Exception {
        for (ProcessLog p : processes) p.kill();
    }

    /** The admin JDBC URL of a running PostgreSQL, started with the project's script if need be, or null. */
    static String postgres() {
        String url = System.getenv("TRANSCHECK_PG_URL");
        if (url != null && !url.isBlank()) return url;
        try {
            Process p = new ProcessBuilder("scripts/postgres.sh", "start").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) return null;
            String last = out.lines().reduce((a, b) -> b).orElse("");
            return last.startsWith("jdbc:postgresql:") ? last : null;
        } catch (Exception e) {
            return null;
        }
    }

    static ProcessLog manager(String job, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("--role=manager", "--job=" + dir.resolve("jobs/" + job + ".yml"),
                "--reports=" + dir.resolve("reports"), "--spring.datasource.url=" + database, "--spring.artemis.broker-url=" + broker,
                "--transcheck.locks=" + dir.resolve("data/locks")));
        args.addAll(List.of(COMMON));
        args.addAll(List.of(extra));
        ProcessLog m = new ProcessLog("manager", JobFixture.startIn(dir, args));
        processes.add(m);
        return m;
    }

    static void assertSameReports(String expected, String actual) throws Exception {
        for (String f : List.of("sentences.csv", "flagged.csv", "documents.csv")) {
            assertArrayEquals(Files.readAllBytes(fx.latest(expected).resolve(f)), Files.readAllBytes(fx.latest(actual).resolve(f)),
                    f + " of " + actual + " differs from " + expected);
        }
    }

    @Test
    @Order(1)
    void managerAndTwoWorkers_giveTheReportsOfASingleProcessRun() throws Exception {
        assertEquals(TranscheckApplication.OK, fx.run("alone", COMMON));
        ProcessLog m = manager("together");
        assertEquals(TranscheckApplication.OK, m.process.waitFor(), m.toString());
        assertSameReports("alone", "together");
        long workersUsed = processes.stream().filter(p -> p.name.startsWith("worker"))
                .filter(p -> p.contains(l -> l.contains("done in this worker"))).count();
        assertEquals(2, workersUsed, "both workers took documents");
    }

    @Test
    @Order(2)
    void workerKilledMidRun_stillEndsInCompleteReports() throws Exception {
        assertEquals(TranscheckApplication.OK, fx.run("aloneagain", COMMON));
        ProcessLog m = manager("killed", "--transcheck.remote.timeout-millis=60000");
        ProcessLog victim = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (victim == null && System.nanoTime() < deadline) {
            for (ProcessLog p : processes) {
                if (p.name.startsWith("worker") && p.process.isAlive() && p.contains(l -> l.contains("sentences checked"))) {
                    victim = p;
                    break;
                }
            }
            Thread.sleep(50);
        }
        assertTrue(victim != null, "a worker started on a document");
        victim.kill();                                  // SIGKILL, mid-document
        int exit = m.process.waitFor();
        if (exit != TranscheckApplication.OK) {
            // the manager gave up waiting: the same command resumes the run with the worker that is left
            ProcessLog again = manager("killed");
            assertEquals(TranscheckApplication.OK, again.process.waitFor(), again.toString());
        }
        assertSameReports("aloneagain", "killed");
    }
}
