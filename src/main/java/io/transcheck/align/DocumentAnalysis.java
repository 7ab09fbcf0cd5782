package io.transcheck.align;

import io.transcheck.corpus.SourceDocument;
import io.transcheck.text.Segmenter;
import io.transcheck.text.Sentence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An edited document segmented, matched to its transcript and aligned sentence by sentence.
 *
 * @param alignments one entry per sentence, in document order: the best span, or null for
 *                   headings, boilerplate, sentences with no candidate, and unmatched documents
 * @param paragraphs one entry per sentence: the mean support of its paragraph's claims, NaN when there is none
 */
public record DocumentAnalysis(SourceDocument document, List<Sentence> sentences, MatchResult match,
                               List<Alignment> alignments, List<Double> paragraphs) {
    public DocumentAnalysis {
        if (alignments.size() != sentences.size() || paragraphs.size() != sentences.size()) {
            throw new IllegalArgumentException(alignments.size() + " alignments for " + sentences.size() + " sentences");
        }
        sentences = List.copyOf(sentences);
        alignments = Collections.unmodifiableList(new ArrayList<>(alignments));
        paragraphs = Collections.unmodifiableList(new ArrayList<>(paragraphs));
    }

    public static DocumentAnalysis of(SourceDocument doc, Segmenter segmenter, DocumentMatcher matcher, Embedder embedder) {
        List<Sentence> sentences = segmenter.segment(doc);
        List<float[]> vectors = null;
        if (embedder.enabled()) {
            List<String> claims = sentences.stream().filter(Sentence::isClaim).map(s -> s.content().text()).toList();
            java.util.Iterator<float[]> it = embedder.embed(claims).iterator();
            vectors = new ArrayList<>(sentences.size());
            for (Sentence s : sentences) vectors.add(s.isClaim() ? it.next() : null);
        }
        MatchResult match = matcher.match(sentences, vectors);
        List<Alignment> alignments = new ArrayList<>(sentences.size());
        List<Double> paragraphs = new ArrayList<>(sentences.size());
        int claim = 0;
        for (Sentence s : sentences) {
            if (s.isClaim() && match.matched()) {
                alignments.add(match.alignments().get(claim));
                paragraphs.add(match.paragraphs().get(claim));
            } else {
                alignments.add(null);
                paragraphs.add(Double.NaN);
            }
            if (s.isClaim()) claim++;
        }
        return new DocumentAnalysis(doc, sentences, match, alignments, paragraphs);
    }
}
