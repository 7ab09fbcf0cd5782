package io.transcheck.pipeline;

import io.transcheck.align.AlignedSentence;
import io.transcheck.align.Aligner;
import io.transcheck.align.Alignment;
import io.transcheck.align.CachingEmbedder;
import io.transcheck.align.Embedder;
import io.transcheck.align.Query;
import io.transcheck.align.Transcript;
import io.transcheck.align.TranscriptLibrary;
import io.transcheck.check.Checks;
import io.transcheck.check.Decision;
import io.transcheck.check.Evidence;
import io.transcheck.check.Verdict;
import io.transcheck.corpus.Boilerplate;
import io.transcheck.corpus.SourceDocument;
import io.transcheck.text.Normalizer;
import io.transcheck.text.Segmenter;
import io.transcheck.text.Sentence;
import io.transcheck.text.SentenceKind;
import io.transcheck.text.SpeakerAliases;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The same judgement for pre-aligned pairs (a source passage and a claim written from it): each
 * source becomes a transcript of its own, the claim is aligned to its best span there and checked
 * and weighed like a sentence of an article, without neighbours (a pair has none; the decision for
 * pairs is fitted that way, see {@code train}). All the texts are embedded in one batch.
 */
public final class PairJudge {
    /** One pair: the source in either script, the claim in Simplified. */
    public record Pair(String id, String source, String claim) {}

    /** A pair's claim aligned in its source, with its evidence (null for a claim that is no claim: 谢谢). */
    public record Aligned(Pair pair, AlignedSentence sentence, Evidence evidence) {}

    /** The judgement of a pair, and what it was made on. */
    public record Judged(Aligned aligned, Verdict verdict) {}

    private final Settings settings;
    private final Embedder embedder;
    private final Supplier<Decision> decision;
    private final Normalizer normalizer = new Normalizer();
    private final Segmenter segmenter;

    /** @param decision the decision to weigh the evidence with (the shipped one for pairs, or one being fitted) */
    public PairJudge(Settings settings, Embedder embedder, Supplier<Decision> decision) {
        this.settings = settings;
        this.embedder = embedder;
        this.decision = decision;
        this.segmenter = new Segmenter(SpeakerAliases.none(), normalizer, 300);
    }

    /** The shipped decision for pairs, with ({@code embedder} on) or without the embedding model. */
    public static PairJudge shipped(Settings settings, Embedder embedder) {
        return new PairJudge(settings, embedder, () -> Decision.forPairs(embedder.enabled()));
    }

    /** Judges every pair, in order. */
    public List<Judged> judge(List<Pair> pairs) {
        Decision d = decision.get();
        Batch batch = batch(pairs);
        return batch.aligned().stream().map(a -> new Judged(a, batch.checks().verdict(a.sentence(), a.evidence(), d))).toList();
    }

    /** Aligns every pair's claim in its source and gathers its evidence, in order (what {@code train} fits the decision for pairs on). */
    public List<Aligned> align(List<Pair> pairs) {
        return batch(pairs).aligned();
    }

    private record Batch(List<Aligned> aligned, Checks checks) {}

    private Batch batch(List<Pair> pairs) {
        Embedder memo = batched(pairs);
        List<Transcript> sources = new ArrayList<>(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            List<String> lines = List.of(pairs.get(i).source().split("\\R"));
            SourceDocument doc = new SourceDocument("pair-" + i, Path.of("pair-" + i), "UTF-8", "", Boilerplate.classify(lines), List.of());
            sources.add(new Transcript("pair-" + i, "", segmenter.segment(doc), memo));
        }
        TranscriptLibrary library = new TranscriptLibrary(sources.stream().filter(t -> t.size() > 0).toList(), settings.align().retrieval());
        Aligner aligner = new Aligner(library, settings.align());
        Checks checks = new Checks(settings.labels(), settings.checks(), decision, library.transcripts(), Map.of(), Set.of());
        List<Aligned> out = new ArrayList<>(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            Sentence claim = new Sentence(1, 1, p.claim(), normalizer.normalize(p.claim()), null, null, 0, SentenceKind.CLAIM, null);
            Transcript source = sources.get(i);
            Alignment a = null;
            if (source.size() > 0) {
                float[] vector = memo.enabled() ? memo.embed(List.of(claim.content().text())).get(0) : null;
                a = aligner.best(new Query(claim.content().text(), vector), source).orElse(null);
            }
            AlignedSentence s = new AlignedSentence(claim, source.size() > 0 ? source : null, a, AlignedSentence.Neighbours.NONE);
            Evidence e = Checks.judged(s) ? checks.evidence(s) : null;
            out.add(new Aligned(p, s, e));
        }
        return new Batch(out, checks);
    }

    /** The embedder, with every text of the pairs embedded at once beforehand (the model is faster on a batch). */
    private Embedder batched(List<Pair> pairs) {
        if (!embedder.enabled()) return embedder;
        Map<String, float[]> vectors = new HashMap<>();
        CachingEmbedder memo = new CachingEmbedder(embedder, new CachingEmbedder.Cache() {
            @Override public Map<String, float[]> get(List<String> keys) {
                Map<String, float[]> found = new HashMap<>();
                for (String k : keys) if (vectors.containsKey(k)) found.put(k, vectors.get(k));
                return found;
            }

            @Override public void put(Map<String, float[]> add) {
                vectors.putAll(add);
            }
        });
        List<String> texts = new ArrayList<>();
        for (Pair p : pairs) {
            texts.add(normalizer.normalize(p.claim()).text());
            List<String> lines = List.of(p.source().split("\\R"));
            SourceDocument doc = new SourceDocument("pair", Path.of("pair"), "UTF-8", "", Boilerplate.classify(lines), List.of());
            for (Sentence s : segmenter.segment(doc)) if (s.isClaim()) texts.add(s.content().text());
        }
        memo.embed(texts);
        return memo;
    }
}
