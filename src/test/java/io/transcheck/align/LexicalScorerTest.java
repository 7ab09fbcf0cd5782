package io.transcheck.align;

import io.transcheck.corpus.DocumentReader;
import io.transcheck.corpus.Role;
import io.transcheck.text.Normalizer;
import io.transcheck.text.Segmenter;
import io.transcheck.text.Sentence;
import io.transcheck.text.SpeakerAliases;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The aligner computes the costly subsequence only for spans whose cheap upper bound can still win,
 * so the bound must never be below the full score, or the best span could be skipped.
 */
class LexicalScorerTest {
    private static final Segmenter SEGMENTER = new Segmenter(new SpeakerAliases(Map.of(
            Role.HOST, List.of("主持人", "汤普森"), Role.GUEST, List.of("SA", "奥特曼"))), new Normalizer(), 300);

    @Test
    void upperBound_isNeverBelowTheFullScore_andOftenFarBelowOne() throws Exception {
        Transcript t = new Transcript("001", "0", SEGMENTER.segment(DocumentReader.read(Path.of("seeds/001_7439e84836933ddf.txt"))), Embedder.NONE);
        AlignSettings settings = AlignSettings.defaults();
        AlignSettings.Retrieval retrieval = settings.retrieval();
        SentenceIndex index = new SentenceIndex(List.of(t), retrieval.maxDfShare(), retrieval.maxDfCap(), retrieval.queryBigrams());
        LexicalScorer scorer = new LexicalScorer(index, settings.scoring());
        List<Sentence> article = SEGMENTER.segment(DocumentReader.read(Path.of("seeds/000_ebe397025fdbd02a.txt")))
                .stream().filter(Sentence::isClaim).toList();
        Aligner aligner = new Aligner(new TranscriptLibrary(List.of(t), settings.retrieval()), settings);
        Random random = new Random(7);
        int spans = 0;
        int pruned = 0;
        for (Sentence s : article) {
            LexicalScorer.Query q = scorer.query(s.content().text());
            // random spans, and the passage the sentence aligns to (where the subsequence is long)
            Span aligned = aligner.best(new Query(s.content().text(), null), t).map(Alignment::span).orElse(null);
            for (int k = 0; k < 21; k++) {
                int len = 1 + random.nextInt(3);
                int from = random.nextInt(t.size() - len + 1);
                Span span = k == 20 && aligned != null ? aligned : new Span(t, from, from + len);
                LexicalScorer.Partial p = scorer.partial(q, span);
                double full = scorer.complete(q, span, p).combined();
                assertTrue(p.upperBound() >= full - 1e-12, "bound " + p.upperBound() + " < score " + full + " for «"
                        + s.content().text() + "» against " + span.refs());
                spans++;
                if (p.upperBound() < 0.5) pruned++;
            }
        }
        // the bound is useful only if it is well below the trivial 1 for most unrelated spans
        assertTrue(pruned > spans / 2, pruned + " of " + spans + " random spans bounded below 0.5");
    }
}
