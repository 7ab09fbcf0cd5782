package io.transcheck.align;

import io.transcheck.corpus.SourceDocument;

import java.util.List;

/** An edited document matched to its transcript (or none) and aligned, one entry per sentence in document order. */
public record DocumentAlignment(SourceDocument document, Match match, List<AlignedSentence> sentences) {
    public DocumentAlignment {
        if (document == null || match == null) throw new IllegalArgumentException("incomplete document alignment");
        sentences = List.copyOf(sentences);
    }
}
