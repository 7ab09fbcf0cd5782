package io.transcheck.job;

import com.opencsv.CSVWriter;
import io.transcheck.TranscheckApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reviewer's decisions persist across runs, keyed on content; --fail-on, --full and incremental runs. */
class ReviewMemoryTest {

    static JobFixture newsroom(Path dir) throws Exception {
        JobFixture fx = new JobFixture(dir);
        fx.copySeed("001_7439e84836933ddf.txt", "transcript.txt");
        fx.copySeed("000_ebe397025fdbd02a.txt", "article.txt");
        fx.job("news", """
                name: news
                transcripts: in/transcript.txt
                edited: in/article.txt
                speakers:
                  host: [主持人, 汤普森]
                  guest: [SA, 奥特曼]
                """);
        return fx;
    }

    /** Saves flagged.csv with decisions on rows i (as the reviewer would from a spreadsheet). */
    static void review(JobFixture fx, Path to, Map<Integer, String> decisions) throws Exception {
        List<String[]> rows = fx.csv("news", "flagged.csv");
        List<String> header = List.of(rows.get(0));
        decisions.forEach((i, d) -> {
            rows.get(i)[header.indexOf("decision")] = d;
            rows.get(i)[header.indexOf("note")] = "checked by the desk";
        });
        Files.createDirectories(to.getParent());
        try (Writer w = Files.newBufferedWriter(to, StandardCharsets.UTF_8); CSVWriter csv = new CSVWriter(w)) {
            csv.writeAll(rows);
        }
    }

    @Test
    void decisions_persistLeaveTheWorkListAndComeBackWhenTheSentenceChanges(@TempDir Path dir) throws Exception {
        JobFixture fx = newsroom(dir);
        String[] lexical = {"--transcheck.embeddings.enabled=false"};
        assertEquals(TranscheckApplication.OK, fx.run("news", lexical));
        List<Map<String, String>> flagged = fx.rows("news", "flagged.csv");
        String falsePositive = flagged.get(0).get("edited_text");
        String confirmed = flagged.get(1).get("edited_text");
        review(fx, dir.resolve("reviews/monday.csv"), Map.of(1, "FALSE_POSITIVE", 2, "CONFIRMED"));

        assertEquals(TranscheckApplication.OK, fx.run("news", lexical));
        List<Map<String, String>> sentences = fx.rows("news", "sentences.csv");
        assertEquals("FALSE_POSITIVE", status(sentences, falsePositive), "stays in sentences.csv with its status");
        assertEquals("CONFIRMED", status(sentences, confirmed));
        List<Map<String, String>> flagged2 = fx.rows("news", "flagged.csv");
        assertTrue(flagged2.stream().noneMatch(r -> r.get("edited_text").equals(falsePositive)), "false positives leave the work list");
        Map<String, String> kept = flagged2.stream().filter(r -> r.get("edited_text").equals(confirmed)).findFirst().orElseThrow();
        assertEquals("CONFIRMED", kept.get("decision"), "the decision is filled in again");
        assertEquals("checked by the desk", kept.get("note"));

        // the editor rewrites the confirmed sentence: it must be reviewed again
        Path article = dir.resolve("in/article.txt");
        String body = confirmed.contains(":") ? confirmed.substring(confirmed.indexOf(':') + 1) : confirmed;
        String text = Files.readString(article);
        assertTrue(text.contains(body));
        Files.writeString(article, text.replace(body, body.replace("。", "，这是新增的细节。")));
        assertEquals(TranscheckApplication.OK, fx.run("news", lexical));
        List<Map<String, String>> after = fx.rows("news", "sentences.csv");
        assertTrue(after.stream().filter(r -> r.get("edited_text").contains("这是新增的细节")).allMatch(r -> r.get("review_status").isEmpty()),
                "a changed sentence has no review status");
        assertEquals("FALSE_POSITIVE", status(after, falsePositive), "unchanged sentences keep theirs");
    }

    @Test
    void importReviewsOption_failOnAndFullRuns(@TempDir Path dir) throws Exception {
        JobFixture fx = newsroom(dir);
        assertEquals(TranscheckApplication.FLAGGED, fx.run("news", "--transcheck.embeddings.enabled=false", "--fail-on=INVENTED_CLAIM"));
        Path file = dir.resolve("elsewhere/reviewed.csv");
        review(fx, file, Map.of(1, "FIXED"));
        assertEquals(TranscheckApplication.OK, fx.run("news", "--transcheck.embeddings.enabled=false", "--import-reviews=" + file));
        assertTrue(fx.rows("news", "sentences.csv").stream().anyMatch(r -> r.get("review_status").equals("FIXED")));
        // incremental: the unchanged article was reused, a --full run re-checks it and gives the same rows
        byte[] reused = Files.readAllBytes(fx.latest("news").resolve("sentences.csv"));
        assertEquals(TranscheckApplication.OK, fx.run("news", "--transcheck.embeddings.enabled=false", "--full"));
        assertEquals(new String(reused, StandardCharsets.UTF_8), Files.readString(fx.latest("news").resolve("sentences.csv")));
    }

    private static String status(List<Map<String, String>> rows, String editedText) {
        return rows.stream().filter(r -> r.get("edited_text").equals(editedText)).findFirst().orElseThrow().get("review_status");
    }
}
