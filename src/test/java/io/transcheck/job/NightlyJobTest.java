package io.transcheck.job;

import com.opencsv.CSVReader;
import io.transcheck.TranscheckApplication;
import io.transcheck.report.DocumentRow;
import io.transcheck.report.ReportSet;
import io.transcheck.report.SentenceRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The nightly job end to end, through the command line, on the seeds plus a broken file, asserting
 * on the CSV files that come out.
 */
class NightlyJobTest {
    private static final Set<String> LABELS = Set.of("FAITHFUL", "PARAPHRASE", "PARAPHRASE_DRIFT", "INVENTED_CLAIM", "NOT_A_CLAIM");
    @TempDir
    static Path dir;
    static Path latest;
    static int exit;

    @BeforeAll
    static void runTheJobOnTheSeeds() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path f : files.toList()) Files.copy(f, seeds.resolve(f.getFileName()));
        }
        Files.write(seeds.resolve("005_broken.txt"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2});
        Files.createDirectories(dir.resolve("jobs"));
        Files.writeString(dir.resolve("jobs/test.yml"), """
                name: test
                transcripts: seeds/001_7439e84836933ddf.txt
                edited: seeds/*.txt
                speakers:
                  host: [主持人, 汤普森]
                  guest: [SA, 奥特曼]
                """);
        exit = runJob("first");
        latest = dir.resolve("reports/test/latest");
    }

    static int runJob(String db) {
        return TranscheckApplication.run("--job=" + dir.resolve("jobs/test.yml"), "--reports=" + dir.resolve("reports"),
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("data").resolve(db).toAbsolutePath());
    }

    static List<String[]> csv(String name) throws Exception {
        byte[] bytes = Files.readAllBytes(latest.resolve(name));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), name + " starts with a BOM");
        try (CSVReader r = new CSVReader(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)))) {
            return r.readAll();
        }
    }

    static Map<String, Integer> columns(String[] header) {
        Map<String, Integer> c = new HashMap<>();
        for (int i = 0; i < header.length; i++) c.put(header[i], i);
        return c;
    }

    @Test
    void run_completesWithExitZero() {
        assertEquals(TranscheckApplication.OK, exit);
    }

    @Test
    void documents_matchedUnmatchedAndBroken() throws Exception {
        List<String[]> rows = csv("documents.csv");
        assertEquals(DocumentRow.COLUMNS, List.of(rows.get(0)));
        Map<String, String[]> byId = new HashMap<>();
        rows.subList(1, rows.size()).forEach(r -> byId.put(r[0], r));
        assertEquals("MATCHED", byId.get("000_ebe397025fdbd02a.txt")[2]);
        assertEquals("001_7439e84836933ddf.txt", byId.get("000_ebe397025fdbd02a.txt")[1]);
        assertEquals("MATCHED", byId.get("003_8743be825cb9e6ac.txt")[2]);
        assertEquals("001_7439e84836933ddf.txt", byId.get("003_8743be825cb9e6ac.txt")[1]);
        assertEquals("UNMATCHED", byId.get("002_6f952aea2d1dfa9f.txt")[2]);
        assertEquals("UNMATCHED", byId.get("004_80afdb5ef3ed4cf2.txt")[2]);
        assertEquals("ERROR", byId.get("005_broken.txt")[2]);
        assertFalse(byId.containsKey("001_7439e84836933ddf.txt"), "the transcript is not checked as an article");
    }

    @Test
    void brokenFile_getsAnErrorRowAndTheOthersComplete() throws Exception {
        List<String[]> rows = csv("errors.csv");
        assertTrue(rows.stream().anyMatch(r -> r[0].equals("005_broken.txt") && r[3].equals("ERROR") && r[4].contains("binary") && r[4].contains("PDF")),
                "errors.csv names the broken file: " + rows.stream().map(Arrays::toString).toList());
        assertTrue(csv("sentences.csv").stream().anyMatch(r -> r[0].equals("000_ebe397025fdbd02a.txt")));
    }

    @Test
    void sentences_everySentenceOfTheMatchedArticlesHasARowWithItsExactText() throws Exception {
        List<String[]> rows = csv("sentences.csv");
        assertEquals(SentenceRow.COLUMNS, List.of(rows.get(0)).subList(0, SentenceRow.COLUMNS.size()), "the contract's columns come first, in order");
        assertEquals(ReportSet.SENTENCE_COLUMNS, List.of(rows.get(0)));
        Map<String, Integer> c = columns(rows.get(0));
        for (String id : List.of("000_ebe397025fdbd02a.txt", "003_8743be825cb9e6ac.txt")) {
            List<String> lines = Files.readAllLines(Path.of("seeds", id));
            List<String[]> mine = rows.stream().filter(r -> r[0].equals(id)).toList();
            int expectedNo = 1;
            StringBuilder covered = new StringBuilder();
            int lastLine = 0;
            for (String[] r : mine) {
                assertEquals(Integer.toString(expectedNo++), r[c.get("sentence_no")], "sentences numbered in order");
                int lineNo = Integer.parseInt(r[c.get("line_no")]);
                assertTrue(lines.get(lineNo - 1).contains(r[c.get("edited_text")]), id + ":" + lineNo + " has «" + r[c.get("edited_text")] + "»");
                assertTrue(LABELS.contains(r[c.get("label")]), r[c.get("label")]);
                assertTrue(lineNo >= lastLine);
                if (lineNo != lastLine) covered.append('\n');
                covered.append(r[c.get("edited_text")]);
                lastLine = lineNo;
            }
            // nothing lost: every character of the article's text lines is in some sentence
            String all = covered.toString().replaceAll("\\s", "");
            for (String line : lines) {
                String text = line.replaceAll("\\s", "");
                if (!text.isEmpty()) assertTrue(all.contains(text), id + " lost text: " + line);
            }
        }
    }

    @Test
    void unmatchedArticles_areListedButNeverFlagged() throws Exception {
        List<String[]> rows = csv("sentences.csv");
        Map<String, Integer> c = columns(rows.get(0));
        for (String id : List.of("002_6f952aea2d1dfa9f.txt", "004_80afdb5ef3ed4cf2.txt")) {
            List<String[]> mine = rows.stream().filter(r -> r[0].equals(id)).toList();
            assertFalse(mine.isEmpty(), id + " has rows");
            assertTrue(mine.stream().noneMatch(r -> r[c.get("label")].equals("INVENTED_CLAIM") || r[c.get("label")].equals("PARAPHRASE_DRIFT")));
        }
    }

    @Test
    void flagged_isTheFlaggedRowsMostSevereFirstWithEmptyDecisionColumns() throws Exception {
        List<String[]> sentences = csv("sentences.csv");
        List<String[]> flagged = csv("flagged.csv");
        assertEquals(ReportSet.FLAGGED_COLUMNS, List.of(flagged.get(0)));
        Map<String, Integer> c = columns(sentences.get(0));
        long expected = sentences.stream().skip(1).filter(r -> r[c.get("label")].equals("INVENTED_CLAIM") || r[c.get("label")].equals("PARAPHRASE_DRIFT")).count();
        assertEquals(expected, flagged.size() - 1);
        assertTrue(expected > 20, "the seeds have flags");
        boolean seenDrift = false;
        Map<String, Integer> f = columns(flagged.get(0));
        for (String[] r : flagged.subList(1, flagged.size())) {
            if (r[c.get("label")].equals("PARAPHRASE_DRIFT")) seenDrift = true;
            else assertFalse(seenDrift, "invented claims come before drift");
            assertEquals("", r[f.get("decision")]);
            assertEquals("", r[f.get("note")]);
            assertFalse(r[c.get("reasons")].isBlank(), "a flag says why");
        }
    }

    @Test
    void secondRun_givesByteIdenticalReports() throws Exception {
        List<byte[]> first = new ArrayList<>();
        for (String f : List.of("sentences.csv", "flagged.csv", "documents.csv")) first.add(Files.readAllBytes(latest.resolve(f)));
        assertEquals(TranscheckApplication.OK, runJob("second"));
        List<String> runs;
        try (var s = Files.list(dir.resolve("reports/test"))) {
            runs = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("latest")).toList();
        }
        assertEquals(2, runs.size(), "each run has its own folder: " + runs);
        int i = 0;
        for (String f : List.of("sentences.csv", "flagged.csv", "documents.csv")) {
            assertArrayEquals(first.get(i++), Files.readAllBytes(latest.resolve(f)), f + " differs between runs");
        }
    }
}
