package io.transcheck.align;

import java.util.List;
import java.util.Optional;

/**
 * Alignment of edited sentences to transcript spans, composed of its three jobs: candidate retrieval
 * ({@link CandidateRetriever}), span scoring ({@link SpanScorer}) and contextual re-alignment
 * ({@link ContextAligner}).
 */
public final class Aligner {
    private final TranscriptLibrary library;
    private final CandidateRetriever retriever;
    private final SpanScorer scorer;
    private final ContextAligner context;

    public Aligner(TranscriptLibrary library, AlignSettings settings) {
        this.library = library;
        LexicalScorer lexical = new LexicalScorer(library.index(), settings.scoring());
        this.retriever = new CandidateRetriever(library, lexical, settings.retrieval(), settings.matching().minUnits());
        this.scorer = new SpanScorer(lexical, settings.spans(), settings.scoring());
        this.context = new ContextAligner(retriever, scorer, new Anchors(settings.matching()), settings.context(),
                settings.spans(), settings.matching().anchorSupport());
    }

    public TranscriptLibrary library() {
        return library;
    }

    /** The transcripts of the library a document with these claims may report on (see {@link CandidateRetriever#shortlist}). */
    public List<Transcript> shortlist(List<Query> queries) {
        return retriever.shortlist(queries);
    }

    /** The best supported span in one transcript, if any sentence of it is a candidate. */
    public Optional<Alignment> best(Query query, Transcript transcript) {
        return Optional.ofNullable(scorer.best(query, transcript, retriever.candidates(query, transcript)));
    }

    /** The claims of one document re-aligned by their neighbours (see {@link ContextAligner}). */
    public List<Alignment> alignInContext(List<Claim> claims, Transcript t, List<Alignment> first) {
        return context.align(claims, t, first);
    }
}
