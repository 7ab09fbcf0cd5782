package io.transcheck.text;

import io.transcheck.corpus.DocumentReader;
import io.transcheck.corpus.Role;
import io.transcheck.corpus.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Speaker labels found without configuration, the interviewer told from the guest by who asks. */
class SpeakerDetectorTest {
    /** The configured labels of a run whose job lists none (application.yml). */
    private static final Map<Role, List<String>> DEFAULTS = Map.of(Role.HOST, List.of("主持人", "记者", "Q", "问"), Role.GUEST, List.of("嘉宾", "A", "答"));
    private static final Segmenter FINDING = new Segmenter(new SpeakerAliases(DEFAULTS, true), new Normalizer(), 300);
    private static final Segmenter LISTED = new Segmenter(new SpeakerAliases(Map.of(Role.HOST, List.of("主持人"), Role.GUEST, List.of("SA")), false), new Normalizer(), 300);

    @TempDir
    Path dir;

    private SourceDocument read(String name, String text, boolean transcript) throws Exception {
        return DocumentReader.read(Files.writeString(dir.resolve(name), text), transcript);
    }

    private static Sentence first(List<Sentence> sentences, String text) {
        return sentences.stream().filter(s -> s.text().contains(text)).findFirst().orElseThrow(() -> new AssertionError(text + " in " + sentences));
    }

    @Test
    void markdownHeadingsOfTheCorpus_speakerTurnsWithRoles() throws Exception {
        Path t = Path.of("../shared/corpus/t04/transcript.md");
        List<Sentence> s = FINDING.segment(DocumentReader.read(t, true));
        long guest = s.stream().filter(x -> "唐鳳".equals(x.speaker()) && x.role() == Role.GUEST).count();
        long host = s.stream().filter(x -> "鄭欣庭".equals(x.speaker()) && x.role() == Role.HOST).count();
        assertTrue(guest > 100 && host > 30, guest + " guest, " + host + " host sentences");
        assertTrue(s.stream().noneMatch(x -> x.text().contains("#")), "no Markdown mark in any sentence");
    }

    @Test
    void twoInterviewersAndAGuest_bothInterviewersAreHosts() throws Exception {
        String md = """
                ### 陳佳楓：
                請問社區媒體為什麼重要？

                ### 唐鳳：
                因為地方的故事需要被聽見。

                ### 胡善慧：
                那年輕人要怎麼參與？

                ### 唐鳳：
                從身邊的小事開始。

                ### 陳佳楓：
                政府可以做什麼？

                ### 唐鳳：
                把資料開放出來。

                ### 胡善慧：
                最後，您對讀者有什麼話想說嗎？
                """;
        List<Sentence> s = FINDING.segment(read("t.md", md, true));
        assertEquals(Role.HOST, first(s, "社區媒體").role());
        assertEquals(Role.HOST, first(s, "年輕人").role());
        assertEquals(Role.GUEST, first(s, "地方的故事").role());
        assertEquals("唐鳳", first(s, "地方的故事").speaker());
    }

    @Test
    void boldAndPlainLabelsOfAnArticle_knownLabelKeepsItsRole() throws Exception {
        String article = """
                专访唐凤
                记者：您怎么看开放政府？
                唐凤：开放政府就是让大家都能参与。
                记者：那么透明有什么代价吗？
                唐凤：代价很小，好处很大。
                """;
        List<Sentence> s = FINDING.segment(read("a.txt", article, false));
        assertEquals(Role.HOST, first(s, "开放政府？").role());
        assertEquals(Role.GUEST, first(s, "让大家都能参与").role());
        assertEquals("唐凤", first(s, "让大家都能参与").speaker());
        String bold = "**Hala Hanna**: What does trust mean to you?\n**唐鳳**: 信任是雙向的。\n**Hala Hanna**: And technology?\n**唐鳳**: 科技是工具。\n";
        List<Sentence> b = FINDING.segment(read("b.txt", bold, true));
        assertEquals(Role.HOST, first(b, "trust").role());
        assertEquals(Role.GUEST, first(b, "雙向").role());
    }

    @Test
    void recurringLabelsWithoutQuestions_areNoConversation() throws Exception {
        String list = "优点：速度快。\n缺点：价格高。\n优点：容易用。\n缺点：耗电。\n张三：这是一段话。\n李四：这是另一段。\n张三：又一段。\n李四：再一段。\n";
        List<Sentence> s = FINDING.segment(read("l.txt", list, false));
        assertTrue(s.stream().allMatch(x -> x.speaker() == null), s.toString());
    }

    @Test
    void jobListsSpeakers_onlyThoseOpenTurns() throws Exception {
        String t = "### 問：\n你好嗎？\n\n### 唐鳳：\n很好。\n\n### 問：\n為什麼？\n\n### 唐鳳：\n因為如此。\n";
        List<Sentence> s = LISTED.segment(read("t.md", t, true));
        assertNull(first(s, "很好").speaker(), "the job's list overrides what the file would suggest");
    }
}
