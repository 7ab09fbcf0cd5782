package io.transcheck.text;

import io.transcheck.corpus.Role;

import io.transcheck.corpus.Boilerplate;
import io.transcheck.corpus.SourceDocument;
import io.transcheck.corpus.SourceLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sentences and speaker turns of a document; what is a heading rather than a claim. */
class SegmenterTest {
    private static final SpeakerAliases SPEAKERS = new SpeakerAliases(Map.of(
            Role.HOST, List.of("主持人", "汤普森", "Thompson"), Role.GUEST, List.of("SA", "奥特曼", "Altman")));
    private static final Segmenter SEGMENTER = new Segmenter(SPEAKERS, new Normalizer(), 300);

    @ParameterizedTest(name = "«{0}»")
    @CsvSource(delimiter = '|', textBlock = """
            第一句。第二句！第三句？                       | 第一句。 / 第二句！ / 第三句？
            他说：“我们会成功。”然后离开了。               | 他说：“我们会成功。” / 然后离开了。
            真的吗?!是的（确实）。                         | 真的吗?! / 是的（确实）。
            OpenAI很忙,GPT-5将幻觉率降至1.3%。还有Sora     | OpenAI很忙,GPT-5将幻觉率降至1.3%。 / 还有Sora
            问题是什么？……                                 | 问题是什么？……
            """)
    void line_splitAtSentenceEnds(String line, String sentences) {
        List<String> texts = segment(line).stream().map(Sentence::text).toList();
        assertEquals(List.of(sentences.split(" / ")), texts);
    }

    @Test
    void labelledLines_openTurnsWithTheirRole_unlabelledLinesContinueThem() {
        List<Sentence> s = segment(
                "主持人: 我們只有 30 分鐘。有沒有一句話能概括一切？",
                "SA: 有。",
                "我更愿意这样想。",
                "**汤普森：**好的。",
                "奥特曼:没错。");
        assertEquals(List.of("主持人: 我們只有 30 分鐘。", "有沒有一句話能概括一切？", "SA: 有。", "我更愿意这样想。", "**汤普森：**好的。", "奥特曼:没错。"),
                s.stream().map(Sentence::text).toList());
        assertEquals(List.of(Role.HOST, Role.HOST, Role.GUEST, Role.GUEST, Role.HOST, Role.GUEST), s.stream().map(Sentence::role).toList());
        assertEquals(List.of("主持人", "主持人", "SA", "SA", "汤普森", "奥特曼"), s.stream().map(Sentence::speaker).toList());
        assertEquals(List.of(1, 1, 2, 2, 3, 4), s.stream().map(Sentence::turn).toList());
        assertEquals(List.of(1, 1, 2, 3, 4, 5), s.stream().map(Sentence::lineNo).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), s.stream().map(Sentence::no).toList());
        assertEquals("我们只有30分钟.", s.get(0).content().text());
        assertEquals("有.", s.get(2).content().text());
    }

    @Test
    void headingOrBoilerplate_endsTheTurn() {
        List<Sentence> s = segment("SA: 有。", "## 二、新的话题", "继续说。", "奥特曼:没错。", "阅读原文", "然后呢。");
        assertEquals(List.of(SentenceKind.CLAIM, SentenceKind.HEADING, SentenceKind.CLAIM, SentenceKind.CLAIM, SentenceKind.BOILERPLATE, SentenceKind.CLAIM),
                s.stream().map(Sentence::kind).toList());
        assertEquals("二、新的话题", s.get(1).text());
        assertNull(s.get(2).speaker());
        assertEquals(0, s.get(2).turn());
        assertEquals(Role.GUEST, s.get(3).role());
        assertEquals("link text", s.get(4).note());
        assertEquals(0, s.get(5).turn());
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # Sam Altman 的一次访谈。                          | HEADING
            06 Sora现象:AI爆款的诞生与人类创造力的回潮        | HEADING
            **三、资本玩家**                                  | HEADING
            在短短七个月内,OpenAI完成了三项关键举措:         | CLAIM
            1、推出GPT-5,将幻觉率降低至1.3%;                | CLAIM
            这不是科学家的浪漫。                              | CLAIM
            """)
    void singleLine_kind(String line, SentenceKind kind) {
        List<Sentence> s = segment(line);
        assertEquals(1, s.size());
        assertEquals(kind, s.get(0).kind());
    }

    @Test
    void sectionTitleGluedToAParagraph_isAHeadingOfItsOwn() {
        List<Sentence> s = segment("这不是科学家的浪漫，而是投资者的冷决策。二、从“技术公司”到“资本玩家”");
        assertEquals(List.of(SentenceKind.CLAIM, SentenceKind.HEADING), s.stream().map(Sentence::kind).toList());
        assertEquals("二、从“技术公司”到“资本玩家”", s.get(1).text());
    }

    @Test
    void longRunWithoutEndMark_cutAfterTheLastCommaBeforeTheLimit_orAtTheLimit() {
        Segmenter max20 = new Segmenter(SPEAKERS, new Normalizer(), 20);
        String line = "一二三四五六七八九十一二三四五，" + "甲乙丙丁戊己庚辛壬癸".repeat(2) + "子丑寅卯辰。";
        List<String> texts = max20.segment(doc(line)).stream().map(Sentence::text).toList();
        assertEquals(List.of("一二三四五六七八九十一二三四五，", "甲乙丙丁戊己庚辛壬癸".repeat(2), "子丑寅卯辰。"), texts);
    }

    @Test
    void longRunCutJustBeforeItsEndMark_noPunctuationOnlySentence() {
        Segmenter max20 = new Segmenter(SPEAKERS, new Normalizer(), 20);
        String line = "一二三四五六七八九十一二三四五，" + "甲乙丙丁戊己庚辛壬癸".repeat(2) + "。";
        List<String> texts = max20.segment(doc(line)).stream().map(Sentence::text).toList();
        assertTrue(texts.stream().noneMatch(t -> t.equals("。")), texts.toString());
    }

    /** Random lines of text, labels, marks and punctuation: no exception, each sentence is a piece of its line. */
    @Test
    void randomLines_sentencesArePiecesOfTheirLines() {
        String pool = "我们的是这个說會SAa1 ，。！？!?：:“”「」（）*#>-—、";
        String[] openers = {"", "SA: ", "奥特曼：", "## ", "> ", "**汤普森：**", "- "};
        Random random = new Random(7);
        for (int k = 0; k < 200; k++) {
            List<String> lines = new ArrayList<>();
            for (int l = random.nextInt(6); l >= 0; l--) {
                StringBuilder sb = new StringBuilder(openers[random.nextInt(openers.length)]);
                for (int i = random.nextInt(80); i > 0; i--) sb.append(pool.charAt(random.nextInt(pool.length())));
                lines.add(sb.toString());
            }
            List<Sentence> sentences = SEGMENTER.segment(doc(lines.toArray(String[]::new)));
            for (Sentence s : sentences) {
                String line = lines.get(s.lineNo() - 1);
                assertTrue(line.contains(s.text()), "«" + s.text() + "» from «" + line + "»");
                assertTrue(line.contains(s.content().original()), "«" + s.content().original() + "» from «" + line + "»");
                assertTrue(s.isClaim() || s.speaker() == null, s.toString());
            }
        }
    }

    private static List<Sentence> segment(String... lines) {
        return SEGMENTER.segment(doc(lines));
    }

    private static SourceDocument doc(String... lines) {
        List<SourceLine> classified = Boilerplate.classify(List.of(lines));
        return new SourceDocument("t.txt", Path.of("t.txt"), "UTF-8", "0", classified, List.of());
    }
}
