package io.transcheck.check;

import io.transcheck.align.AlignedSentence;
import io.transcheck.align.Alignment;
import io.transcheck.align.Embedder;
import io.transcheck.align.LexicalScores;
import io.transcheck.align.Span;
import io.transcheck.align.Transcript;
import io.transcheck.corpus.Boilerplate;
import io.transcheck.corpus.Role;
import io.transcheck.corpus.SourceDocument;
import io.transcheck.text.Normalizer;
import io.transcheck.text.Segmenter;
import io.transcheck.text.Sentence;
import io.transcheck.text.SpeakerAliases;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds aligned sentences from plain strings, for check and aggregation tests. */
final class CheckFixture {
    static final Map<Role, List<String>> SPEAKERS = Map.of(Role.HOST, List.of("主持人", "汤普森"), Role.GUEST, List.of("SA", "奥特曼"));
    static final Segmenter SEGMENTER = new Segmenter(new SpeakerAliases(SPEAKERS), new Normalizer(), 300);

    private CheckFixture() {}

    static List<Sentence> sentences(String... lines) {
        SourceDocument doc = new SourceDocument("test.txt", Path.of("test.txt"), "UTF-8", "0",
                Boilerplate.classify(Arrays.asList(lines)), List.of());
        return SEGMENTER.segment(doc);
    }

    /** A sentence with its passage, and what checks know of the passage's transcript. */
    record Case(AlignedSentence sentence, TranscriptFacts facts) {}

    /**
     * The first sentence of {@code edited}, aligned to the whole of {@code transcriptLines} (its only
     * passage) with the given support; lexical scores all equal {@code lexical}.
     */
    static Case aligned(String edited, double support, double lexical, double context, String... transcriptLines) {
        Sentence s = sentences(edited).get(0);
        Transcript t = new Transcript("t.txt", "0", sentences(transcriptLines), Embedder.NONE);
        Alignment a = new Alignment(new Span(t, 0, t.size()), new LexicalScores(lexical, lexical, lexical, lexical), Double.NaN, support);
        return new Case(new AlignedSentence(s, t, a, context), new TranscriptFacts(t, Map.of(), Set.of("主持人", "汤普森", "SA", "奥特曼")));
    }
}
