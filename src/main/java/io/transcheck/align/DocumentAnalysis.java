package io.transcheck.align;

import io.transcheck.corpus.SourceDocument;
import io.transcheck.text.Sentence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An edited document segmented, matched to its transcript and aligned sentence by sentence.
 *
 * @param alignments one entry per sentence, in document order: the best span, or null for
 *                   headings, boilerplate, sentences with no candidate, and unmatched documents
 * @param context    one entry per sentence: the mean support of its neighbourhood, NaN when there is none
 */
public record DocumentAnalysis(SourceDocument document, List<Sentence> sentences, MatchResult match,
                               List<Alignment> alignments, List<Double> context) {
    public DocumentAnalysis {
        if (alignments.size() != sentences.size() || context.size() != sentences.size()) {
            throw new IllegalArgumentException(alignments.size() + " alignments for " + sentences.size() + " sentences");
        }
        sentences = List.copyOf(sentences);
        alignments = Collections.unmodifiableList(new ArrayList<>(alignments));
        context = Collections.unmodifiableList(new ArrayList<>(context));
    }

    /** Spreads the match result (one entry per claim) over all the sentences of the document. */
    public static DocumentAnalysis of(SourceDocument doc, List<Sentence> sentences, MatchResult match) {
        List<Alignment> alignments = new ArrayList<>(sentences.size());
        List<Double> context = new ArrayList<>(sentences.size());
        int claim = 0;
        for (Sentence s : sentences) {
            if (s.isClaim() && match.matched()) {
                alignments.add(match.alignments().get(claim));
                context.add(match.context().get(claim));
            } else {
                alignments.add(null);
                context.add(Double.NaN);
            }
            if (s.isClaim()) claim++;
        }
        return new DocumentAnalysis(doc, sentences, match, alignments, context);
    }
}
