package io.transcheck.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is worth scoring for a claim: which transcripts of the library its document may report on,
 * and which sentences of a transcript its passage may be around. Articles re-order, so nothing
 * assumes monotonic order: candidates are the sentences sharing the most rare bigrams with the claim
 * and (with embeddings) the nearest in meaning.
 */
final class CandidateRetriever {
    private final TranscriptLibrary library;
    private final LexicalScorer scorer;
    private final AlignSettings.Retrieval settings;
    private final int minUnits;

    /** @param minUnits claims shorter than this (characters and words) say too little to vote for a transcript */
    CandidateRetriever(TranscriptLibrary library, LexicalScorer scorer, AlignSettings.Retrieval settings, int minUnits) {
        this.library = library;
        this.scorer = scorer;
        this.settings = settings;
        this.minUnits = minUnits;
    }

    /**
     * The transcripts a document may report on: those its claims retrieve with the most weight,
     * summed over the whole document ({@code transcripts} of them; all in a library that small).
     * Each claim long enough to count has one vote, shared among the transcripts it retrieves, each by
     * its best hit: a sentence found in every interview ("对，没错") says nothing. One library-wide
     * lookup per claim, using its rarest bigrams, so the cost per sentence stays flat as the library
     * grows; pooling the document's evidence lets a claim reworded beyond lexical recognition still be
     * aligned in full (by meaning too) in the right transcript.
     */
    List<Transcript> shortlist(List<Query> queries) {
        List<Transcript> all = library.transcripts();
        if (all.size() <= settings.transcripts() || settings.exhaustive()) return all;
        double[] weight = new double[all.size()];
        for (Query query : queries) {
            LexicalScorer.Query q = query.lexical(scorer);
            if (q.units().length < minUnits) continue;
            Map<Integer, Double> best = new HashMap<>();
            for (SentenceIndex.Hit h : library.index().candidates(q.bigrams(), settings.candidates(), -1, true)) {
                best.merge(h.transcript(), h.weight(), Math::max);
            }
            best.forEach((t, w) -> weight[t] += w / best.size());
        }
        List<Transcript> out = new ArrayList<>(settings.transcripts());
        for (int t : TopK.of(weight, settings.transcripts())) if (weight[t] > 0) out.add(all.get(t));
        return out;
    }

    /** Candidate sentence positions in a transcript: lexical hits there, plus the nearest in meaning. */
    Set<Integer> candidates(Query query, Transcript transcript) {
        int t = library.indexOf(transcript);
        if (t < 0) throw new IllegalArgumentException(transcript.id() + " is not in the library");
        Set<Integer> out = new LinkedHashSet<>();
        if (settings.exhaustive()) {
            for (int i = 0; i < transcript.size(); i++) out.add(i);
            return out;
        }
        for (SentenceIndex.Hit h : library.index().candidates(query.lexical(scorer).bigrams(), settings.candidates(), t)) {
            if (h.transcript() == t) out.add(h.sentence());
        }
        Query.Cosines cosines = query.cosines();
        if (cosines != null && transcript.hasVectors()) {
            for (int i : TopK.of(cosines.of(transcript), settings.semanticCandidates())) out.add(i);
        }
        return out;
    }
}
