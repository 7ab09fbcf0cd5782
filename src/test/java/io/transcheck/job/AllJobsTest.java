package io.transcheck.job;

import io.transcheck.TranscheckApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Run with no arguments from a newsroom folder: every job in jobs/ runs; a malformed job file is reported, not fatal. */
class AllJobsTest {

    @Test
    void malformedJobFile_isReportedAndTheOtherJobsRun(@TempDir Path dir) throws Exception {
        JobFixture fx = new JobFixture(dir);
        fx.copySeed("001_7439e84836933ddf.txt", "transcript.txt");
        fx.copySeed("003_8743be825cb9e6ac.txt", "article.txt");
        fx.job("good", "name: good\ntranscripts: in/transcript.txt\nedited: in/article.txt\n");
        fx.job("broken", "name: broken\ntranscripts: in/transcript.txt\nedited: ../../etc/passwd\n");
        Process p = JobFixture.startIn(dir, List.of("--transcheck.embeddings.enabled=false"));
        List<String> log = new ArrayList<>();
        JobFixture.await(p, l -> false, log, 180);
        assertEquals(TranscheckApplication.OK, p.waitFor(), log.toString());
        assertTrue(Files.exists(dir.resolve("reports/good/latest/sentences.csv")), "the good job ran");
        List<Map<String, String>> errors = fx.rows("broken", "errors.csv");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).get("file").endsWith("broken.yml"));
        assertEquals("3", errors.get(0).get("line"));
        assertTrue(errors.get(0).get("problem").contains("outside the job's folder"), errors.toString());
        assertTrue(log.stream().anyMatch(l -> l.contains("broken.yml:3")), "and says so on the console");
    }
}
