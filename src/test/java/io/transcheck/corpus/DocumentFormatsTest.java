package io.transcheck.corpus;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Word, HTML, subtitles and Markdown, made the way the programs that write them make them. */
class DocumentFormatsTest {
    @TempDir
    Path dir;

    /** A Word article as Word keeps it: a header and footer, a title, an empty paragraph, a table. */
    static byte[] docx(List<String> paragraphs) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createHeaderFooterPolicy();
            doc.getHeaderFooterPolicy().createHeader(org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy.DEFAULT)
                    .createParagraph().createRun().setText("新闻网 内部稿件 请勿外传");
            doc.getHeaderFooterPolicy().createFooter(org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy.DEFAULT)
                    .createParagraph().createRun().setText("第 1 页");
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Title");
            title.createRun().setText("专访：AI 的下一步");
            doc.createParagraph();   // an empty paragraph, as typists leave them
            for (String p : paragraphs) doc.createParagraph().createRun().setText(p);
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("表格里的说明文字。");
            table.getRow(0).getCell(1).setText("第二格的文字。");
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void wordDocument_paragraphsNumberedAsAReaderCountsThem_headerAndFooterLeftOut() throws Exception {
        Path f = Files.write(dir.resolve("article.docx"), docx(List.of("汤普森：欢迎回来。", "奥特曼：谢谢，很高兴来这里。")));
        SourceDocument doc = DocumentReader.read(f);
        assertEquals(DocumentFormat.DOCX, doc.format());
        List<String> texts = doc.lines().stream().map(SourceLine::text).toList();
        assertEquals(List.of("专访：AI 的下一步", "汤普森：欢迎回来。", "奥特曼：谢谢，很高兴来这里。", "表格里的说明文字。", "第二格的文字。"), texts);
        assertEquals(LineKind.HEADING, doc.lines().get(0).kind());
        assertEquals(2, doc.lines().get(1).no());
        assertEquals("¶2", doc.ref(2));
        assertTrue(texts.stream().noneMatch(t -> t.contains("请勿外传") || t.contains("第 1 页")), texts.toString());
    }

    @Test
    void damagedWordDocument_errorSaysHowToSaveItAgain() throws Exception {
        byte[] whole = docx(List.of("正文。"));
        Path f = Files.write(dir.resolve("cut.docx"), java.util.Arrays.copyOf(whole, whole.length / 2));
        InputException e = assertThrows(InputException.class, () -> DocumentReader.read(f));
        assertTrue(e.problem().problem().contains("Word file cannot be read"), e.getMessage());
        assertTrue(e.problem().action().contains(".docx"), e.getMessage());
    }

    static final String CMS_PAGE = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>专访 - 新闻网</title>
            <style>body { font-family: sans-serif; }</style>
            <script>var _hmt = _hmt || []; window.dataLayer.push({'event': 'pageview'});</script></head>
            <body>
            <header class="site-header"><a href="/">首页</a> <a href="/login">登录注册</a></header>
            <nav><ul><li>首页</li><li>科技</li><li>财经</li></ul></nav>
            <div class="breadcrumb">当前位置：首页 &gt; 科技 &gt; 正文</div>
            <article>
              <h1>专访：AI 的下一步</h1>
              <p>汤普森：欢迎回来。</p>
              <p>奥特曼：谢谢，很高兴来这里。<br>汤普森：我们只有三十分钟。</p>
              <div class="share-buttons">分享到微博 分享到微信</div>
              <script>document.write('广告代码');</script>
            </article>
            <aside class="sidebar"><h3>热门文章</h3><p>另一篇文章的标题。</p></aside>
            <footer><p>Copyright © 2025 新闻网 京ICP备12345678号</p></footer>
            </body></html>
            """;

    @Test
    void htmlPage_onlyTheArticlesParagraphs_noScriptNavigationOrFooter() throws Exception {
        SourceDocument doc = DocumentReader.read(Files.writeString(dir.resolve("page.html"), CMS_PAGE));
        assertEquals(DocumentFormat.HTML, doc.format());
        List<String> texts = doc.lines().stream().map(SourceLine::text).toList();
        assertEquals(List.of("专访：AI 的下一步", "汤普森：欢迎回来。", "奥特曼：谢谢，很高兴来这里。", "汤普森：我们只有三十分钟。"), texts);
        assertEquals(LineKind.HEADING, doc.lines().get(0).kind());
        assertEquals("¶3", doc.ref(3));
    }

    @Test
    void htmlFooterInsideThePage_isBoilerplateWhenNoArticleElement() throws Exception {
        String page = "<html><body><p>正文第一段。</p><p>京ICP备12345678号</p><p>登录注册</p></body></html>";
        SourceDocument doc = DocumentReader.read(Files.writeString(dir.resolve("p.htm"), page));
        assertEquals(List.of(LineKind.CONTENT, LineKind.BOILERPLATE, LineKind.BOILERPLATE), doc.lines().stream().map(SourceLine::kind).toList());
    }

    static final String SRT = """
            1
            00:00:01,000 --> 00:00:03,500
            主持人: Sam Altman，

            2
            00:00:03,600 --> 00:00:05,000
            歡迎回到 Stratechery。

            3
            00:00:06,000 --> 00:00:07,000
            SA: 謝謝。

            4
            00:12:05,250 --> 00:12:09,000
            <i>我們只有 30 分鐘</i>
            """;

    @Test
    void srtSubtitles_cuesJoinedIntoSentences_referredToByTimeCode() throws Exception {
        SourceDocument doc = DocumentReader.read(Files.writeString(dir.resolve("interview.srt"), SRT));
        assertEquals(DocumentFormat.SRT, doc.format());
        List<SourceLine> lines = doc.lines();
        assertEquals(List.of("主持人: Sam Altman，歡迎回到 Stratechery。", "SA: 謝謝。", "我們只有 30 分鐘"), lines.stream().map(SourceLine::text).toList());
        assertEquals(List.of(3, 11, 15), lines.stream().map(SourceLine::no).toList(), "the file line of each passage's first cue");
        assertEquals("00:00:01", doc.ref(3));
        assertEquals("00:12:05", doc.ref(15));
    }

    @Test
    void webVtt_voicesBecomeSpeakerLabels() throws Exception {
        String vtt = "WEBVTT\n\nNOTE made by the video editor\n\n00:01.000 --> 00:04.000\n<v 主持人>歡迎回到節目。\n\n"
                + "intro-2\n00:05.000 --> 00:08.000 align:start\n<v SA>謝謝。\n";
        SourceDocument doc = DocumentReader.read(Files.writeString(dir.resolve("talk.vtt"), vtt));
        assertEquals(DocumentFormat.VTT, doc.format());
        assertEquals(List.of("主持人：歡迎回到節目。", "SA：謝謝。"), doc.lines().stream().map(SourceLine::text).toList());
        assertEquals("00:00:05", doc.ref(doc.lines().get(1).no()));
    }

    @Test
    void markdownTranscript_noMarkupLeft_lineNumbersKept() throws Exception {
        String md = "---\ntitle: 訪談\n---\n# 2021-03-26 NNA 採訪\n\n### 問：\n日本很多媒體**採訪**你，[網站上有寫](https://example.org/)。\n\n"
                + "### 唐鳳：\n> *看見「萬物聯網」，我們將智慧聯網。*<br>\n- 當個「夠好」的祖先。\n";
        SourceDocument doc = DocumentReader.read(Files.writeString(dir.resolve("transcript.md"), md));
        assertEquals(DocumentFormat.MARKDOWN, doc.format());
        List<SourceLine> content = doc.lines().stream().filter(l -> l.kind() == LineKind.CONTENT || l.kind() == LineKind.HEADING).toList();
        assertEquals(List.of("2021-03-26 NNA 採訪", "問：", "日本很多媒體採訪你，網站上有寫。", "唐鳳：", "看見「萬物聯網」，我們將智慧聯網。", "當個「夠好」的祖先。"),
                content.stream().map(SourceLine::text).toList());
        assertEquals(List.of(4, 6, 7, 9, 10, 11), content.stream().map(SourceLine::no).toList());
        assertEquals(LineKind.HEADING, content.get(1).kind());
    }

    @Test
    void markdownTranscriptSavedAsTxt_readAsMarkdown_anArticleAsWritten() throws Exception {
        String md = "### 問：\n你好嗎？\n\n### 唐鳳：\n很好。\n\n### 問：\n為什麼？\n";
        Path f = Files.writeString(dir.resolve("transcript.txt"), md);
        assertEquals(DocumentFormat.MARKDOWN, DocumentReader.read(f, true).format());
        assertEquals(DocumentFormat.TEXT, DocumentReader.read(f).format());
        assertFalse(DocumentReader.read(f, true).lines().stream().anyMatch(l -> l.text().contains("#")));
    }

    @Test
    void utf16ArticleWithBom_asNotepadSavesUnicode() throws Exception {
        byte[] bytes = ("\uFEFF汤普森：欢迎回来。\r\n奥特曼：谢谢。\r\n").getBytes(StandardCharsets.UTF_16LE);
        SourceDocument doc = DocumentReader.read(Files.write(dir.resolve("notepad.txt"), bytes));
        assertEquals("UTF-16LE", doc.charset());
        assertEquals("汤普森：欢迎回来。", doc.lines().get(0).text());
    }
}
