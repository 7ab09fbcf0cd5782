package io.transcheck.job;

import io.transcheck.TranscheckApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Operations with real processes: a run killed with SIGKILL in the middle resumes with the same
 * command and gives the reports of an uninterrupted run; a second run of a job that is running
 * exits 2 and changes nothing.
 */
class RestartTest {
    private static final String JOB = """
            name: night
            transcripts: in/transcript.txt
            edited: in/article-*.txt
            speakers:
              host: [主持人, 汤普森]
              guest: [SA, 奥特曼]
            """;
    /** Small chunks and one thread: many commits, so the kill lands between two of them. */
    private static final String[] SLOW = {"--transcheck.embeddings.enabled=false", "--transcheck.chunk-size=5", "--transcheck.threads=1"};

    static JobFixture newsroom(Path dir, int articles) throws Exception {
        JobFixture fx = new JobFixture(dir);
        fx.copySeed("001_7439e84836933ddf.txt", "transcript.txt");
        String article = Files.readString(Path.of("seeds/000_ebe397025fdbd02a.txt"));
        for (int i = 0; i < articles; i++) {
            // different bytes, same kind of content: not duplicates of each other
            fx.write(String.format("in/article-%02d.txt", i), (article + "\n第" + i + "版。\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        fx.job("night", JOB);
        return fx;
    }

    @Test
    void killedRun_resumesAndReportsAsIfUninterrupted(@TempDir Path a, @TempDir Path b) throws Exception {
        JobFixture killed = newsroom(a, 6);
        Process p = killed.start("night", SLOW);
        List<String> log = new ArrayList<>();
        // a few chunks of the first document are committed when the process is killed
        boolean midRun = JobFixture.await(p, l -> l.matches(".*article-\\d+\\.txt: (4|5|6|7)\\d/\\d+ sentences checked.*"), log, 120);
        p.destroyForcibly().waitFor();                       // SIGKILL: no shutdown hook, no cleanup
        assertTrue(midRun, "the run was killed in the middle: " + log);
        String interrupted = log.get(log.size() - 1).replaceAll(".*(article-\\d+\\.txt).*", "$1");
        assertFalse(Files.exists(killed.latest("night")), "latest/ never shows a half-written run");

        Process again = killed.start("night", SLOW);
        List<String> resumedLog = new ArrayList<>();
        JobFixture.await(again, l -> false, resumedLog, 180);
        assertEquals(TranscheckApplication.OK, again.waitFor(), resumedLog.toString());
        assertTrue(resumedLog.stream().anyMatch(l -> l.contains("resuming run")), resumedLog.toString());
        String firstProgress = resumedLog.stream().filter(l -> l.contains(interrupted + ": ") && l.contains("sentences checked"))
                .findFirst().orElseThrow();
        int from = Integer.parseInt(firstProgress.replaceAll(".*: (\\d+)/.*", "$1"));
        assertTrue(from > 5, interrupted + " resumed after its committed chunks, not from the start: " + firstProgress);
        JobFixture clean = newsroom(b, 6);
        assertEquals(TranscheckApplication.OK, clean.run("night", SLOW));
        for (String f : List.of("sentences.csv", "flagged.csv", "documents.csv")) {
            assertArrayEquals(Files.readAllBytes(clean.latest("night").resolve(f)), Files.readAllBytes(killed.latest("night").resolve(f)),
                    f + " of the resumed run differs from an uninterrupted run's");
        }
        try (var runs = Files.list(a.resolve("reports/night"))) {
            assertEquals(2, runs.count(), "the resumed run reports under its own id, plus latest");
        }
    }

    @Test
    void secondRunWhileTheFirstRuns_exits2AndChangesNothing(@TempDir Path dir) throws Exception {
        JobFixture fx = newsroom(dir, 30);
        Process first = fx.start("night", SLOW);
        try {
            List<String> log = new ArrayList<>();
            assertTrue(JobFixture.await(first, l -> l.contains("run ") && l.contains("starting"), log, 120), log.toString());
            Process second = fx.start("night", SLOW);
            List<String> out = new ArrayList<>();
            JobFixture.await(second, l -> false, out, 120);
            assertEquals(TranscheckApplication.USAGE, second.waitFor());
            assertTrue(out.stream().anyMatch(l -> l.contains("already running") && l.contains("changed nothing")), out.toString());
            assertTrue(first.isAlive(), "the first run goes on");
            assertFalse(Files.exists(fx.root.resolve("reports/night")), "the refused run wrote no reports");
        } finally {
            first.destroyForcibly().waitFor();
        }
    }
}
