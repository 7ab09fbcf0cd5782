package io.transcheck.job;

import io.transcheck.TranscheckApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A power cut that damages the database never stops the nightly job: the file (cut in half, as a
 * power cut during a write leaves it) is set aside, the backup of the last complete run restored or
 * the database started empty, the review decisions come back, errors.csv says what happened.
 */
class DatabaseRecoveryTest {
    private static final String[] LEXICAL = {"--transcheck.embeddings.enabled=false"};

    static JobFixture reviewedNewsroom(Path dir) throws Exception {
        JobFixture fx = ReviewMemoryTest.newsroom(dir);
        assertEquals(TranscheckApplication.OK, fx.run("news", LEXICAL));
        ReviewMemoryTest.review(fx, dir.resolve("reviews/monday.csv"), Map.of(1, "FALSE_POSITIVE"));
        assertEquals(TranscheckApplication.OK, fx.run("news", LEXICAL));   // imports the decision; the backup holds it
        assertTrue(Files.isRegularFile(dir.resolve("data/db.backup.zip")), "a backup after each complete run");
        return fx;
    }

    /** What a power cut during a write leaves: the file cut in half. */
    static void cutInHalf(Path file) throws Exception {
        byte[] b = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(b, b.length / 2));
    }

    private static List<Path> setAside(Path dir) throws Exception {
        try (var files = Files.list(dir.resolve("data"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("db.mv.db.damaged-")).toList();
        }
    }

    @Test
    void databaseCutInHalf_setAsideBackupRestored_runCompletesWithTheDecisions(@TempDir Path dir) throws Exception {
        JobFixture fx = reviewedNewsroom(dir);
        String decided = fx.rows("news", "sentences.csv").stream().filter(r -> r.get("review_status").equals("FALSE_POSITIVE"))
                .findFirst().orElseThrow().get("edited_text");
        Files.delete(dir.resolve("reviews/monday.csv"));   // the decision now lives only in the database (and its backup)
        cutInHalf(dir.resolve("data/db.mv.db"));

        assertEquals(TranscheckApplication.OK, fx.run("news", LEXICAL));
        assertEquals(1, setAside(dir).size(), "the damaged file is kept under a dated name");
        Map<String, String> row = fx.rows("news", "errors.csv").stream().filter(r -> r.get("problem").contains("was damaged")).findFirst()
                .orElseThrow(() -> new AssertionError("errors.csv says nothing about the database"));
        assertEquals("WARNING", row.get("severity"));
        assertTrue(row.get("problem").contains("restored from the backup"), row.toString());
        assertTrue(row.get("action").contains("reviews/"), row.toString());
        assertEquals("FALSE_POSITIVE", fx.rows("news", "sentences.csv").stream().filter(r -> r.get("edited_text").equals(decided))
                .findFirst().orElseThrow().get("review_status"), "the backup kept the decision");

        assertEquals(TranscheckApplication.OK, fx.run("news", LEXICAL));
        assertTrue(fx.rows("news", "errors.csv").stream().noneMatch(r -> r.get("problem").contains("was damaged")), "said once");
    }

    @Test
    void damagedDatabaseWithoutBackup_startsEmpty_decisionsComeBackFromTheReviewsFolder(@TempDir Path dir) throws Exception {
        JobFixture fx = reviewedNewsroom(dir);
        Files.delete(dir.resolve("data/db.backup.zip"));
        cutInHalf(dir.resolve("data/db.mv.db"));

        assertEquals(TranscheckApplication.OK, fx.run("news", LEXICAL));
        assertEquals(1, setAside(dir).size());
        assertTrue(fx.rows("news", "errors.csv").stream().anyMatch(r -> r.get("problem").contains("started empty")), fx.rows("news", "errors.csv").toString());
        assertTrue(fx.rows("news", "sentences.csv").stream().anyMatch(r -> r.get("review_status").equals("FALSE_POSITIVE")));
    }

    @Test
    void damageFoundDuringARun_nextStartSetsTheFileAsideAndRestoresTheBackup(@TempDir Path dir) throws Exception {
        JobFixture fx = reviewedNewsroom(dir);
        String url = "jdbc:h2:file:" + dir.resolve("data/db").toAbsolutePath();
        // what a run that read a damaged page of a large table leaves behind (RunLauncher on a failed run)
        java.sql.SQLException h2 = new java.sql.SQLException("File corrupted while reading record: \"chunk 1f\"", "90030", org.h2.api.ErrorCode.FILE_CORRUPTED_1);
        assertTrue(new DatabaseBackup(null, url, "sa", "").noteIfDamaged(new RuntimeException("chunk failed", h2)));
        assertFalse(new DatabaseBackup(null, url, "sa", "").noteIfDamaged(new java.sql.SQLException("Connection refused", "08001")));

        assertEquals(TranscheckApplication.OK, fx.run("news", LEXICAL));
        assertEquals(1, setAside(dir).size());
        assertFalse(Files.exists(dir.resolve("data/db.damaged")), "the note is gone once acted on");
        assertTrue(fx.rows("news", "errors.csv").stream().anyMatch(r -> r.get("problem").contains("a run found it damaged")
                && r.get("problem").contains("restored from the backup")), fx.rows("news", "errors.csv").toString());
        assertTrue(fx.rows("news", "sentences.csv").stream().anyMatch(r -> r.get("review_status").equals("FALSE_POSITIVE")));
    }

    @Test
    void startupFailure_oneLineThatSaysWhatToDo_traceOnlyInTheLogFile(@TempDir Path dir) throws Exception {
        JobFixture fx = ReviewMemoryTest.newsroom(dir);
        List<String> args = new ArrayList<>(fx.args("news", LEXICAL));   // the database server is not running
        args.replaceAll(a -> a.startsWith("--spring.datasource.url=") ? "--spring.datasource.url=jdbc:postgresql://127.0.0.1:9/transcheck?connectTimeout=2" : a);
        Process p = JobFixture.startIn(dir, args);
        List<String> out = new ArrayList<>();
        JobFixture.await(p, l -> false, out, 120);
        assertEquals(TranscheckApplication.FAILED, p.waitFor(), out.toString());
        List<String> told = out.stream().filter(l -> l.startsWith("transcheck: ")).toList();
        assertEquals(1, told.size(), out.toString());
        assertTrue(told.get(0).contains("cannot be reached") && told.get(0).contains("spring.datasource.url"), "what is wrong; what to do: " + told);
        assertTrue(out.stream().noneMatch(l -> l.matches("\\s+at .*") || l.startsWith("Caused by")), "no stack trace on the console: " + out);
        assertFalse(out.stream().anyMatch(l -> l.contains("APPLICATION FAILED TO START")), out.toString());
        String log = Files.readString(dir.resolve("data/transcheck.log"));
        assertTrue(log.contains("transcheck could not start") && log.contains("\tat "), "the trace is in the log file");

        Process bad = JobFixture.startIn(dir, List.of("--job=jobs/news.yml", "--transcheck.threads=0", "--transcheck.locks=" + dir.resolve("locks")));
        List<String> out2 = new ArrayList<>();
        JobFixture.await(bad, l -> false, out2, 120);
        assertEquals(TranscheckApplication.USAGE, bad.waitFor(), out2.toString());
        assertTrue(out2.stream().anyMatch(l -> l.startsWith("transcheck: a setting is wrong") && l.contains("threads")), out2.toString());
        assertTrue(out2.stream().noneMatch(l -> l.matches("\\s+at .*")), out2.toString());
    }
}
