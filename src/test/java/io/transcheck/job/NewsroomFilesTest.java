package io.transcheck.job;

import io.transcheck.TranscheckApplication;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files as a newsroom has them, through the command line: a transcript Windows saved as "Big5"
 * (CP950, with 碁 裏 恒 that strict Big5 lacks), articles saved by Notepad as "Unicode", by Word and
 * by a CMS as HTML; subtitles of a video interview; a Markdown transcript whose speakers no job lists.
 */
class NewsroomFilesTest {
    @TempDir
    static Path dir;
    static JobFixture fx;
    static final String[] LEXICAL = {"--transcheck.embeddings.enabled=false"};
    static int newsroom, video, markdown;

    @BeforeAll
    static void run() throws Exception {
        fx = new JobFixture(dir);
        String transcript = Files.readString(Path.of("seeds/001_7439e84836933ddf.txt"));
        String article = Files.readString(Path.of("seeds/000_ebe397025fdbd02a.txt"));
        CharsetEncoder cp950 = Charset.forName("x-windows-950").newEncoder();
        String ansi = "主持人: 你在裏面下過圍碁嗎？恒心像鐵銹一樣。\n" + transcript.lines().filter(cp950::canEncode).collect(Collectors.joining("\n")) + "\n";
        fx.write("in/transcript-ansi.txt", ansi.getBytes(Charset.forName("x-windows-950")));
        fx.write("in/notepad.txt", ("\uFEFF" + article.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_16LE));
        fx.write("in/word.docx", docx(article.lines().filter(l -> !l.isBlank()).toList()));
        fx.write("in/cms.html", html(article.lines().filter(l -> !l.isBlank()).toList()).getBytes(StandardCharsets.UTF_8));
        fx.job("newsroom", """
                name: newsroom
                transcripts: in/transcript-ansi.txt
                edited: [in/notepad.txt, in/word.docx, in/cms.html]
                speakers:
                  host: [主持人, 汤普森]
                  guest: [SA, 奥特曼]
                """);
        newsroom = fx.run("newsroom", LEXICAL);

        fx.write("in/interview.srt", srt(transcript).getBytes(StandardCharsets.UTF_8));
        fx.copySeed("000_ebe397025fdbd02a.txt", "article.txt");
        fx.job("video", """
                name: video
                transcripts: in/interview.srt
                edited: in/article.txt
                speakers:
                  host: [主持人, 汤普森]
                  guest: [SA, 奥特曼]
                """);
        video = fx.run("video", LEXICAL);

        Files.copy(Path.of("../shared/corpus/t02/transcript.md"), dir.resolve("in/t02.md"));
        Files.copy(Path.of("../shared/corpus/t02/t02-a.txt"), dir.resolve("in/t02-a.txt"));
        fx.job("markdown", "name: markdown\ntranscripts: in/t02.md\nedited: in/t02-a.txt\n");
        markdown = fx.run("markdown", LEXICAL);
    }

    /** A Word file as POI writes it: one paragraph per line of the article. */
    static byte[] docx(List<String> paragraphs) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) doc.createParagraph().createRun().setText(p);
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** The article as a CMS page: scripts, navigation, a share bar, a sidebar and a footer around it. */
    static String html(List<String> paragraphs) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>专访</title>"
                + "<script>window.dataLayer = window.dataLayer || []; gtag('config', 'UA-1');</script><style>p{margin:0}</style></head><body>"
                + "<header><a href=\"/\">首页</a> | <a href=\"/login\">登录注册</a></header><nav><a>首页</a><a>科技</a></nav><article>");
        for (String p : paragraphs) sb.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        return sb.append("<div class=\"share\">分享到微信</div></article><aside><p>热门推荐：另一篇文章。</p></aside>"
                + "<footer>Copyright © 2025 新闻网 京ICP备12345678号-1</footer></body></html>").toString();
    }

    /** Subtitles as a video editor exports them: each line of the interview cut at its commas into cues of two seconds. */
    static String srt(String transcript) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (String line : transcript.lines().filter(l -> !l.isBlank()).toList()) {
            for (String cue : line.split("(?<=[，,])")) {
                long t = 2000L * n++;
                sb.append(n).append('\n').append(time(t)).append(" --> ").append(time(t + 1900)).append('\n').append(cue.strip()).append("\n\n");
            }
        }
        return sb.toString();
    }

    private static String time(long ms) {
        return String.format("%02d:%02d:%02d,%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    private static Map<String, Map<String, String>> documents(String job) throws Exception {
        return fx.rows(job, "documents.csv").stream().collect(Collectors.toMap(r -> r.get("doc_id"), r -> r));
    }

    private static List<Map<String, String>> sentences(String job, String doc) throws Exception {
        return fx.rows(job, "sentences.csv").stream().filter(r -> r.get("doc_id").equals(doc)).toList();
    }

    @Test
    void cp950Transcript_unicodeWordAndHtmlArticles_allMatchedAndTheirFormatNamed() throws Exception {
        assertEquals(TranscheckApplication.OK, newsroom);
        Map<String, Map<String, String>> docs = documents("newsroom");
        for (String d : List.of("notepad.txt", "word.docx", "cms.html")) assertEquals("MATCHED", docs.get(d).get("status"), docs.get(d).toString());
        assertEquals("UTF-16LE", docs.get("notepad.txt").get("encoding"));
        assertEquals("text", docs.get("notepad.txt").get("format"));
        assertEquals("docx", docs.get("word.docx").get("format"));
        assertEquals("html", docs.get("cms.html").get("format"));
        assertTrue(fx.rows("newsroom", "errors.csv").isEmpty(), "no encoding warning: " + fx.rows("newsroom", "errors.csv"));
        List<String> header = List.of(fx.csv("newsroom", "documents.csv").get(0));
        assertEquals(List.of("encoding", "note", "format", "closest_transcript", "point_share", "names_share"),
                header.subList(header.size() - 6, header.size()), "the new columns come after the contract's");
    }

    @Test
    void htmlArticle_noScriptNavigationOrFooterAmongItsSentences() throws Exception {
        List<Map<String, String>> rows = sentences("newsroom", "cms.html");
        assertFalse(rows.isEmpty());
        for (String junk : List.of("dataLayer", "gtag", "登录注册", "分享到", "热门推荐", "ICP备", "margin")) {
            assertTrue(rows.stream().noneMatch(r -> r.get("edited_text").contains(junk)), junk + " became a sentence");
        }
    }

    @Test
    void wordArticle_lineNumbersAreParagraphNumbers() throws Exception {
        List<Map<String, String>> rows = sentences("newsroom", "word.docx");
        long paragraphs = Files.readString(Path.of("seeds/000_ebe397025fdbd02a.txt")).lines().filter(l -> !l.isBlank()).count();
        assertTrue(rows.stream().allMatch(r -> Integer.parseInt(r.get("line_no")) <= paragraphs));
        Map<String, String> opening = rows.stream().filter(r -> r.get("edited_text").startsWith("汤普森")).findFirst().orElseThrow();
        List<String> lines = Files.readString(Path.of("seeds/000_ebe397025fdbd02a.txt")).lines().filter(l -> !l.isBlank()).toList();
        assertTrue(lines.get(Integer.parseInt(opening.get("line_no")) - 1).contains(opening.get("edited_text")), opening.toString());
    }

    @Test
    void subtitleTranscript_matchedAndReferredToByTimeCode() throws Exception {
        assertEquals(TranscheckApplication.OK, video);
        assertEquals("MATCHED", documents("video").get("article.txt").get("status"));
        List<String> refs = sentences("video", "article.txt").stream().map(r -> r.get("transcript_refs")).filter(r -> !r.isEmpty()).toList();
        assertFalse(refs.isEmpty());
        assertTrue(refs.stream().allMatch(r -> r.matches("\\d\\d:\\d\\d:\\d\\d(-\\d\\d:\\d\\d:\\d\\d)?")), refs.toString());
    }

    @Test
    void markdownTranscriptWithoutSpeakersInTheJob_turnsFoundAndNoMarkupShown() throws Exception {
        assertEquals(TranscheckApplication.OK, markdown);
        assertEquals("MATCHED", documents("markdown").get("t02-a.txt").get("status"));
        List<Map<String, String>> rows = sentences("markdown", "t02-a.txt");
        List<String> speakers = new ArrayList<>(rows.stream().map(r -> r.get("speaker")).filter(s -> !s.isEmpty()).distinct().toList());
        assertTrue(speakers.containsAll(List.of("记者", "唐凤")), speakers.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("transcript_speaker").equals("唐鳳")), "the transcript's turns have their speaker");
        assertTrue(rows.stream().noneMatch(r -> r.get("transcript_text").contains("#") || r.get("transcript_text").contains("**")));
    }
}
