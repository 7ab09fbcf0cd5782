package io.transcheck.job;

import io.transcheck.TranscheckApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lock of an ad hoc run is its reports folder: runs into different folders share nothing, into the same one are refused. */
class AdHocLockTest {

    private static List<String> adHoc(Path root, String reports, int articles) throws Exception {
        List<String> edited = new ArrayList<>();
        try (var files = Files.list(root.resolve("in"))) {
            files.map(f -> "in/" + f.getFileName()).filter(f -> f.contains("article-")).sorted().limit(articles).forEach(edited::add);
        }
        return List.of("--transcript=in/transcript.txt", "--edited=" + String.join(",", edited), "--reports=" + reports,
                "--speakers=host:主持人,汤普森;guest:SA,奥特曼",
                "--spring.datasource.url=jdbc:h2:file:" + root.resolve("data/db").toAbsolutePath() + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE;WRITE_DELAY=0",
                "--transcheck.locks=" + root.resolve("data/locks"), "--transcheck.embeddings.enabled=false",
                "--transcheck.chunk-size=5", "--transcheck.threads=1");
    }

    @Test
    void adHocRunIntoTheFolderOfARunningOne_exits2NamingTheFolder(@TempDir Path dir) throws Exception {
        RestartTest.newsroom(dir, 6);
        ProcessLog first = new ProcessLog("first", JobFixture.startIn(dir, adHoc(dir, "reports-a", 6)));
        try {
            assertTrue(first.await(l -> l.contains("run ") && l.contains("starting"), 120), first.toString());
            ProcessLog same = new ProcessLog("same", JobFixture.startIn(dir, adHoc(dir, "reports-a", 1)));
            assertEquals(TranscheckApplication.USAGE, same.process.waitFor(), same.toString());
            assertTrue(same.contains(l -> l.contains("an ad hoc run into") && l.contains("reports-a") && l.contains("already running")), same.toString());
            assertTrue(first.process.isAlive(), "the first run goes on");
        } finally {
            first.kill();
        }
    }

    /** The first run serves the shared database and ends first: it keeps the database open until the other run ends. */
    @Test
    void twoAdHocRunsIntoDifferentFolders_runAtOnceAndBothComplete(@TempDir Path dir) throws Exception {
        RestartTest.newsroom(dir, 6);
        ProcessLog first = new ProcessLog("first", JobFixture.startIn(dir, adHoc(dir, "reports-a", 2)));
        ProcessLog other = null;
        try {
            assertTrue(first.await(l -> l.contains("run ") && l.contains("starting"), 120), first.toString());
            other = new ProcessLog("other", JobFixture.startIn(dir, adHoc(dir, "reports-b", 6)));
            assertTrue(other.await(l -> l.contains("run ") && l.contains("starting"), 120), other.toString());
            assertEquals(TranscheckApplication.OK, first.process.waitFor(), first.toString());
            assertEquals(TranscheckApplication.OK, other.process.waitFor(), other.toString());
            ProcessLog o = other;
            assertTrue(!o.contains(l -> l.contains("resuming run") || l.contains("already running")), "the runs did not meet: " + other);
            assertTrue(first.contains(l -> l.contains("stays open until that run ends")), "the first run served the other: " + first);
            for (String r : List.of("reports-a", "reports-b")) {
                assertTrue(Files.isRegularFile(dir.resolve(r).resolve("adhoc/latest/sentences.csv")), r);
            }
        } finally {
            first.kill();
            if (other != null) other.kill();
        }
    }
}
