package io.transcheck.align;

import io.transcheck.corpus.Boilerplate;
import io.transcheck.corpus.DocumentReader;
import io.transcheck.corpus.Role;
import io.transcheck.corpus.SourceDocument;
import io.transcheck.text.Normalizer;
import io.transcheck.text.Segmenter;
import io.transcheck.text.Sentence;
import io.transcheck.text.SpeakerAliases;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlignerTest {
    private static final Segmenter SEGMENTER = new Segmenter(new SpeakerAliases(Map.of(Role.HOST, List.of("主持人", "汤普森"),
            Role.GUEST, List.of("SA", "奥特曼"))), new Normalizer(), 300);
    private static final AlignSettings SETTINGS = AlignSettings.defaults();

    private static List<Sentence> sentences(String... lines) {
        return SEGMENTER.segment(new SourceDocument("t.txt", Path.of("t.txt"), "UTF-8", "0", Boilerplate.classify(Arrays.asList(lines)), List.of()));
    }

    private static final String[] TRANSCRIPT = {
            "主持人: 說到芯片,你們剛宣布了和 AMD 的合作。",
            "SA: 我只希望臺積電多建產能。",
            "主持人: 這些合作的金額大得驚人,據《金融時報》估算約一萬億美元。",
            "SA: 我預期會用 OpenAI 的收入來買單。我們也會協助融資。",
            "主持人: 說硬件。你昨天和 Jony Ive 同臺,讓人很興奮。",
            "SA: 我們必須無處不在,要能在瀏覽器、每個人的手機上工作。"};

    @Test
    void reorderedArticle_eachSentenceFindsItsPassage() {
        Transcript t = new Transcript("t", "0", sentences(TRANSCRIPT), Embedder.NONE);
        Aligner aligner = new Aligner(new TranscriptLibrary(List.of(t), SETTINGS.retrieval()), SETTINGS);
        String[][] cases = {
                {"我们必须无处不在,在浏览器和每个人的手机上都能工作。", "L6"},
                {"据金融时报估算,这些合作约一万亿美元。", "L3"},
                {"我只希望台积电多建一些产能。", "L2"},
                {"你们刚宣布了和AMD的芯片合作。", "L1"}};
        for (String[] c : cases) {
            Alignment a = aligner.best(new Query(new Normalizer().normalize(c[0]).text(), null), t).orElseThrow();
            assertEquals(c[1], a.span().refs(), c[0]);
        }
    }

    @Test
    void sentenceMergingTwoPassages_alignsToASpanOfBoth() {
        Transcript t = new Transcript("t", "0", sentences(TRANSCRIPT), Embedder.NONE);
        Aligner aligner = new Aligner(new TranscriptLibrary(List.of(t), SETTINGS.retrieval()), SETTINGS);
        String merged = new Normalizer().normalize("我预期会用OpenAI的收入来买单,我们也会协助这些公司融资。").text();
        Alignment a = aligner.best(new Query(merged, null), t).orElseThrow();
        assertEquals("L4", a.span().refs());
        assertEquals(2, a.span().length(), "both sentences of the line: " + a.span().text());
    }

    @Test
    void sentenceSharingNoWording_hasNoCandidate() {
        Transcript t = new Transcript("t", "0", sentences(TRANSCRIPT), Embedder.NONE);
        Aligner aligner = new Aligner(new TranscriptLibrary(List.of(t), SETTINGS.retrieval()), SETTINGS);
        assertTrue(aligner.best(new Query("气象局预报明天降温", null), t).isEmpty());
    }

    private static DocumentAlignment align(DocumentMatcher matcher, String seed) throws Exception {
        SourceDocument doc = DocumentReader.read(Path.of("seeds", seed));
        List<Sentence> sentences = SEGMENTER.segment(doc);
        return matcher.align(doc, sentences, Claim.of(sentences, Embedder.NONE));
    }

    @Test
    void seeds_lexicalMatchingTellsArticlesOnTheInterviewFromOthers() throws Exception {
        Transcript t = new Transcript("001", "0", SEGMENTER.segment(DocumentReader.read(Path.of("seeds/001_7439e84836933ddf.txt"))), Embedder.NONE);
        DocumentMatcher matcher = new DocumentMatcher(new Aligner(new TranscriptLibrary(List.of(t), SETTINGS.retrieval()), SETTINGS), SETTINGS);
        for (String id : List.of("000_ebe397025fdbd02a.txt", "003_8743be825cb9e6ac.txt")) {
            Match m = align(matcher, id).match();
            assertTrue(m.matched(), id + " should match: " + m.share() + " " + m.termShare());
        }
        for (String id : List.of("002_6f952aea2d1dfa9f.txt", "004_80afdb5ef3ed4cf2.txt")) {
            Match m = align(matcher, id).match();
            assertFalse(m.matched(), id + " should not match: " + m.share() + " " + m.termShare());
        }
    }

    @Test
    void support_isRaisedByMeaningButNeverLowered() {
        SpanScorer scorer = new SpanScorer(null, SETTINGS.spans(), SETTINGS.scoring());
        double lexicalOnly = scorer.support(0.3, Double.NaN);
        assertEquals(0.3 / SETTINGS.scoring().lexicalCeiling(), lexicalOnly, 1e-9);
        assertEquals(lexicalOnly, scorer.support(0.3, 0.1), 1e-9);
        assertTrue(scorer.support(0.3, 0.88) > lexicalOnly);
    }

    /**
     * A library larger than the retrieval depth, where every interview has the same stock exchanges
     * ("对，没错……"): the article's few distinctive claims must decide, whatever the transcript's place
     * in the library (retrieval ties used to go to the first transcripts).
     */
    @Test
    void shortlist_decidedByDistinctiveClaims_notByStockPhrasesSharedByEveryInterview() {
        String[] stock = {"SA: 对，没错，这正是我们一直在认真思考的问题。", "主持人: 我们再回到刚才说的那个话题上来聊一聊。",
                "SA: 我觉得这个问题很难回答，但是确实非常重要。", "主持人: 非常感谢你今天抽出时间来参加我们的节目。"};
        String[][] own = {
                {"SA: 我们在东京开了一家专门研究机器人的实验室。", "SA: 明年的预算会翻倍，主要用于招聘硬件工程师。"},
                {"SA: 芝加哥的数据中心下个月开始建设第二期工程。", "SA: 我们和一家造船公司谈过如何给港口供电。"}};
        List<Transcript> library = new java.util.ArrayList<>();
        int n = SETTINGS.retrieval().candidates() + 2;
        for (int t = 0; t < n; t++) {
            List<String> lines = new java.util.ArrayList<>(List.of(stock));
            lines.addAll(List.of(own[t % 2]));
            lines.add("SA: 第" + t + "期节目的嘉宾编号是" + (1000 + t * 37) + "号，请记住这个编号。");
            // the rest of the interview: enough sentences that the stock phrases are not too common to retrieve by
            for (int j = 0; j < 25; j++) lines.add("主持人: 这是第" + t + "期节目里的第" + j + "段闲聊。");
            library.add(new Transcript("t" + t, String.valueOf(t), sentences(lines.toArray(String[]::new)), Embedder.NONE));
        }
        Aligner aligner = new Aligner(new TranscriptLibrary(library, SETTINGS.retrieval()), SETTINGS);
        int last = n - 1;
        List<String> article = new java.util.ArrayList<>();
        for (String line : stock) article.add(line.substring(line.indexOf(':') + 1));
        article.add("嘉宾说第" + last + "期节目的嘉宾编号是" + (1000 + last * 37) + "号。");
        article.add(own[last % 2][0].substring(3));
        List<Query> queries = article.stream().map(a -> new Query(new Normalizer().normalize(a).text(), null)).toList();
        List<Transcript> shortlist = aligner.shortlist(queries);
        assertEquals(SETTINGS.retrieval().transcripts(), shortlist.size());
        assertEquals("t" + last, shortlist.get(0).id(), "the transcript with the article's own claims comes first");
    }

    private static final String[] INTERVIEW = {
            "主持人: 我們先聊聊能源,電力供應是不是最大的瓶頸?",
            "SA: 是的,電力是最大的瓶頸,我們在很多地方建電廠。",
            "主持人: 你們今年招了多少研究員?",
            "SA: 大概翻了一倍,主要在舊金山和倫敦。",
            "主持人: 說到芯片,你們剛宣布了和 AMD 的合作。",
            "SA: 沒錯,這很重要。",
            "主持人: 這些合作的金額大得驚人,據《金融時報》估算約一萬億美元。"};

    /** Claims of an article, each in the section given (0 for all when none are given). */
    private static List<Claim> claims(int[] sections, String... claims) {
        List<Claim> out = new java.util.ArrayList<>();
        for (int i = 0; i < claims.length; i++) {
            Sentence s = sentences(claims[i]).get(0);
            out.add(new Claim(s, sections[i], new Query(s.content().text(), null)));
        }
        return out;
    }

    /**
     * A reply that shares more words with a passage elsewhere, between two claims that align to
     * consecutive passages: the article took the three one after another, so the reply comes from
     * between them. The support stays what the sentence earned.
     */
    @Test
    void claimBetweenConsecutiveNeighbours_alignsBetweenThem() {
        Transcript t = new Transcript("t", "0", sentences(INTERVIEW), Embedder.NONE);
        Aligner aligner = new Aligner(new TranscriptLibrary(List.of(t), SETTINGS.retrieval()), SETTINGS);
        String reply = "没错,这很重要,电力是最大的瓶颈。";
        String[] article = {"你们刚宣布了和AMD的芯片合作。", reply, "据金融时报估算,这些合作约一万亿美元。"};
        List<Claim> qs = claims(new int[3], article);
        Alignment alone = aligner.best(qs.get(1).query(), t).orElseThrow();
        assertTrue(alone.span().refs().startsWith("L2"), "on its own the reply matches the passage on power: " + alone.span().text());

        List<Alignment> none = Arrays.asList(new Alignment[3]);   // no confident first pass: only adjacent claims guide
        List<Alignment> aligned = aligner.alignInContext(qs, t, none);
        assertEquals("L5", aligned.get(0).span().refs());
        assertEquals("L7", aligned.get(2).span().refs());
        Span reply6 = aligned.get(1).span();
        assertTrue(reply6.from() <= 5 && reply6.to() > 5 && reply6.from() >= 4, "the reply L6, between L5 and L7: " + reply6.text());
        assertEquals(alone.support(), aligned.get(1).support(), 1e-9);

        // the same neighbours in the opposite order say nothing about where the reply comes from
        List<Claim> reversed = claims(new int[3], article[2], article[1], article[0]);
        assertEquals(alone.span(), aligner.alignInContext(reversed, t, none).get(1).span());
        // nor do neighbours in another article section
        assertEquals(alone.span(), aligner.alignInContext(claims(new int[]{0, 1, 1}, article), t, none).get(1).span());
    }

    @Test
    void spanEndingOnABrokenOffSentence_showsItsCompletion() {
        Transcript t = new Transcript("t", "0", sentences(
                "SA: 兩者的心智模式太不同。ChatGPT 對用戶來說非常私人。",
                "主持人: 如果往里加“社交特質”,用戶會覺得——",
                "SA: “我還該不該把私密的問題告訴它?”",
                "主持人: 換個話題。"), Embedder.NONE);
        ContextAligner aligner = new ContextAligner(null, null, null, SETTINGS.context(), SETTINGS.spans(), 0);
        Alignment cut = new Alignment(new Span(t, 1, 3), LexicalScores.NONE, Double.NaN, 0.5);
        Alignment shown = aligner.withElaboration(cut);
        assertEquals(new Span(t, 1, 4).refs(), shown.span().refs(), shown.span().text());
        assertEquals(0.5, shown.support(), 1e-9);
        Alignment whole = new Alignment(new Span(t, 0, 2), LexicalScores.NONE, Double.NaN, 0.5);
        assertEquals("L1", aligner.withElaboration(whole).span().refs(), "a finished sentence takes nothing more");

        assertTrue(ContextAligner.brokenOff("用戶會覺得——"));
        assertTrue(ContextAligner.brokenOff("他說“我們還在想……”"));
        assertTrue(ContextAligner.brokenOff("and then..."));
        assertFalse(ContextAligner.brokenOff("Sora 的 logo——大概沒多少人注意。"));
        assertFalse(ContextAligner.brokenOff("會有這種顧慮。"));
    }
}
