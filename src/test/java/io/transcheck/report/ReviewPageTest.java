package io.transcheck.report;

import io.transcheck.check.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.transcheck.report.PageFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** review.html without a browser: the data it carries, its escaping, its marks, where it is written. */
class ReviewPageTest {
    private static final ReviewPage.About ABOUT = new ReviewPage.About("news", "20261124-220000", "/srv/news/reviews");

    @Test
    void json_escapesEverythingThatCouldEndTheScriptElementOrBreakJavaScript() {
        String json = Json.write(Map.of("t", "</script><!--&\u2028\u2029\"\\\n\u0001"));
        assertEquals("{\"t\":\"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\\u2029\\\"\\\\\\n\\u0001\"}", json);
    }

    @Test
    void json_writesHalfASurrogatePairAsAnEscape() {
        assertEquals("[\"a\\ud83db\",\"😀\"]", Json.write(List.of("a\uD83Db", "😀")));
    }

    @Test
    void page_isOneFileThatLoadsNothing() {
        String html = ReviewPage.html(PageFixture.large(2, 10), PageFixture.transcript(1000), ABOUT);
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("default-src 'none'"), "a Content-Security-Policy that forbids every load");
        assertTrue(html.contains("script-src 'sha256-"), "only the page's own script runs");
        assertFalse(html.matches("(?s).*(?:src|href)\\s*=\\s*\"(?:https?:)?//.*"), "no link to anything outside the file");
        assertFalse(html.contains("<link"));
        assertFalse(html.contains("@DATA@") || html.contains("/*@CSS@*/") || html.contains("//@JS@") || html.contains("@SCRIPT_HASH@"));
    }

    @Test
    void markupInAnArticle_staysTextInsideTheData() {
        String doc = "\"><img src=x onerror=alert(2)>.txt";
        SentenceRow evil = row(doc, 1, Label.INVENTED_CLAIM, 0.1, "<script>alert(1)</script>他说：\"><img src=x onerror=alert(3)>",
                "L1", "</script><script>alert(4)</script>", "UNSUPPORTED_CONTENT: nothing says “<b>x</b>”");
        String html = ReviewPage.html(new ReportSet(List.of(evil), List.of(), List.of()), TranscriptView.NONE, ABOUT);
        assertFalse(html.contains("<img"));
        assertFalse(html.contains("<b>x"));
        assertEquals(2, count(html, "<script"), "the data element and the page's code, nothing else");
        assertEquals(2, count(html, "</script"));
        assertTrue(html.contains("\\u003cscript\\u003ealert(1)"), "the text itself is kept, escaped");
    }

    @Test
    void changedNumber_isMarkedOnBothSides_andWordsTheTranscriptNeverUses() {
        SentenceRow r = row("a.txt", 1, Label.PARAPHRASE_DRIFT, 0.6, "奥特曼表示七个月后将发布新的芯片。", "L3", "SA: 我們一個月後發布了新模型。",
                "NUMBER_MISMATCH: says “七个月” where the transcript says “一个月” (L3)");
        String transcript = Differences.normalize(List.of(new TranscriptView.Line(3, "SA", r.transcriptText()),
                new TranscriptView.Line(4, "SA", "奧特曼說芯片很重要。")));
        Differences.Marks m = Differences.of(r, transcript);
        assertEquals("七个月", marked(r.editedText(), m.sentence(), Differences.EVIDENCE));
        assertEquals("一個月", marked(r.transcriptText(), m.passage(), Differences.EVIDENCE), "the passage keeps its own script");
        String notInPassage = marked(r.editedText(), m.sentence(), Differences.NOT_IN_PASSAGE);
        assertTrue(notInPassage.contains("芯片") && notInPassage.contains("七") && !notInPassage.contains("发布"), notInPassage);
        assertEquals("表示", marked(r.editedText(), m.sentence(), Differences.NOT_IN_TRANSCRIPT),
                "芯片 and 奥特曼 are elsewhere in the transcript; 表示 nowhere");
    }

    @Test
    void droppedHedge_isMarkedInThePassage() {
        SentenceRow r = row("a.txt", 1, Label.PARAPHRASE_DRIFT, 0.7, "这项技术将改变一切。", "L5", "我覺得這項技術可能會改變一切。",
                "CERTAINTY_SHIFT: drops the transcript's hedge “可能” (L5) and states it as fact");
        Differences.Marks m = Differences.of(r, null);
        assertEquals("可能", marked(r.transcriptText(), m.passage(), Differences.EVIDENCE));
        assertEquals("", marked(r.editedText(), m.sentence(), Differences.NOT_IN_TRANSCRIPT), "no transcript given: nothing claimed about it");
    }

    @Test
    void passageQuotedForContext_isNotEvidence_andTheSpeakerLabelIsNotMarked() {
        SentenceRow r = new SentenceRow("a.txt", 7, 9, "汤普森", "汤普森:此定位隐含双刃剑特性。", Label.INVENTED_CLAIM, 0, "t.txt", "L17",
                "主持人: 如果有人想“押注”AI 基建的擴張?", "主持人",
                "UNSUPPORTED_CONTENT: nothing in the transcript says this: “双刃剑”, “隐含” appear nowhere in it; the closest passage, L17, "
                        + "supports 0% of it: “主持人: 如果有人想“押注”AI 基建的擴張?”");
        assertEquals(List.of("双刃剑", "隐含"), Differences.evidence(r.reasons()));
        Differences.Marks m = Differences.of(r, "如果有人想“押注”ai基建的扩张?\n");
        assertEquals("", marked(r.transcriptText(), m.passage(), Differences.EVIDENCE));
        assertTrue(m.sentence().stream().allMatch(run -> run[0] >= "汤普森:".length()), "the article's own speaker label is not a claim");
        assertEquals("隐含双刃剑", marked(r.editedText(), m.sentence(), Differences.EVIDENCE));
    }

    @Test
    void rows_comeInTheOrderOfFlaggedCsv_withEarlierDecisions_andDismissedRowsLast() {
        SentenceRow a = row("a.txt", 1, Label.PARAPHRASE_DRIFT, 0.6, "甲说了一件事。", "L1", "甲說了一件事。", "WEAK_SUPPORT: x");
        SentenceRow b = row("a.txt", 2, Label.INVENTED_CLAIM, 0.2, "乙说了另一件事。", "L2", "乙說了。", "UNSUPPORTED_CONTENT: y");
        SentenceRow c = row("a.txt", 3, Label.INVENTED_CLAIM, 0.1, "丙说了第三件事。", "L3", "丙說了。", "UNSUPPORTED_CONTENT: z");
        SentenceRow ok = row("a.txt", 4, Label.PARAPHRASE, 0.9, "丁说得对。", "L4", "丁說得對。", "SUPPORT: matches L4");
        Review confirmed = new Review("a.txt", a.editedText(), a.transcriptId(), a.transcriptText(), Review.Decision.CONFIRMED, "checked");
        Review dismissed = new Review("a.txt", c.editedText(), c.transcriptId(), c.transcriptText(), Review.Decision.FALSE_POSITIVE, "");
        ReportSet set = new ReportSet(List.of(a, b, c, ok), List.of(), List.of(), Map.of(confirmed.key(), confirmed, dismissed.key(), dismissed));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) ReviewPage.data(set, TranscriptView.NONE, ABOUT).get("rows");
        assertEquals(List.of("丙说了第三件事。", "乙说了另一件事。", "甲说了一件事。"),
                rows.stream().map(r -> ((List<?>) r.get("cells")).get(4)).toList(), "most severe first, as in flagged.csv");
        assertEquals(set.flagged().stream().map(SentenceRow::editedText).toList(),
                rows.stream().filter(r -> (int) r.get("rank") > 0).map(r -> ((List<?>) r.get("cells")).get(4)).toList());
        assertEquals(List.of(0, 1, 2), rows.stream().map(r -> r.get("rank")).toList(), "the dismissed row has no rank in the work list");
        assertEquals(List.of("FALSE_POSITIVE", "", "CONFIRMED"), rows.stream().map(r -> r.get("earlier")).toList());
        assertEquals("checked", rows.get(2).get("earlierNote"));
    }

    @Test
    void transcriptContext_keepsOnlyTheSentencesAroundFlaggedPassages() {
        ReportSet set = PageFixture.large(1, 8);   // 4 flagged rows
        @SuppressWarnings("unchecked")
        Map<String, List<List<Object>>> context = (Map<String, List<List<Object>>>) ReviewPage.data(set, PageFixture.transcript(1000), ABOUT).get("transcripts");
        List<List<Object>> kept = context.get(PageFixture.TRANSCRIPT);
        assertTrue(kept.size() <= 4 * (2 * ReviewPage.CONTEXT + 1), kept.size() + " sentences kept of 1000");
        for (SentenceRow r : set.sentences()) {
            if (!r.label().flagged()) continue;
            int line = ReviewPage.lines(r.transcriptRefs())[0];
            for (int l = Math.max(1, line - ReviewPage.CONTEXT); l <= line + ReviewPage.CONTEXT; l++) {
                int want = l;
                assertTrue(kept.stream().anyMatch(s -> s.get(1).equals(want)), "line " + l + " around L" + line);
            }
        }
    }

    @Test
    void reportWriter_writesThePageBesideTheCsvFiles_andLatestHasIt(@TempDir Path dir) throws IOException {
        ReportWriter.write(dir, "run1", PageFixture.large(1, 4), PageFixture.transcript(1000), "/srv/news/reviews");
        ReportWriter.publishLatest(dir, "run1");
        String page = Files.readString(dir.resolve("latest").resolve(ReportWriter.REVIEW_PAGE));
        assertTrue(page.contains("/srv/news/reviews"));
        try (Stream<Path> files = Files.list(dir.resolve("run1"))) {
            assertEquals(List.of("documents.csv", "errors.csv", "flagged.csv", "review.html", "sentences.csv"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
    }

    /** The characters of {@code text} under runs that have {@code kind}, in order. */
    private static String marked(String text, List<int[]> runs, int kind) {
        return runs.stream().filter(r -> (r[2] & kind) != 0).map(r -> text.substring(r[0], r[1])).collect(Collectors.joining());
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int at = s.indexOf(what); at >= 0; at = s.indexOf(what, at + 1)) n++;
        return n;
    }
}
