package io.transcheck.pipeline;

import io.transcheck.align.Aligner;
import io.transcheck.align.Alignment;
import io.transcheck.align.DocumentAnalysis;
import io.transcheck.align.DocumentMatcher;
import io.transcheck.align.MatchResult;
import io.transcheck.align.Embedder;
import io.transcheck.align.Transcript;
import io.transcheck.align.TranscriptLibrary;
import io.transcheck.check.AlignedSentence;
import io.transcheck.check.Checks;
import io.transcheck.check.TranscriptFacts;
import io.transcheck.check.Verdict;
import io.transcheck.corpus.SourceDocument;
import io.transcheck.report.SentenceRow;
import io.transcheck.text.Normalizer;
import io.transcheck.text.Segmenter;
import io.transcheck.text.Sentence;
import io.transcheck.text.SpeakerAliases;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stages composed for one run, in order: transcripts are segmented, embedded and indexed once;
 * each edited document is then segmented, embedded, matched to a transcript and aligned
 * ({@link #analyze}); each of its sentences is checked and becomes a report row ({@link #check}).
 * Plain Java: the Spring Batch job, the tests and the benchmark all run this.
 */
public final class Pipeline {
    private final Settings settings;
    private final Segmenter segmenter;
    private final Embedder embedder;
    private final TranscriptLibrary library;
    private final DocumentMatcher matcher;
    private final Checks checks;
    private final Map<String, TranscriptFacts> facts = new LinkedHashMap<>();

    /**
     * What a run is configured with.
     *
     * @param speakers role to the labels that open its turns
     * @param aliases  a name as the transcript writes it to other spellings articles use
     * @param detectSpeakers also find each document's own speaker labels (the job lists none)
     */
    public record Options(Settings settings, Map<String, List<String>> speakers, Map<String, List<String>> aliases,
                          int maxSentenceChars, boolean detectSpeakers) {
        public Options(Settings settings, Map<String, List<String>> speakers, Map<String, List<String>> aliases, int maxSentenceChars) {
            this(settings, speakers, aliases, maxSentenceChars, false);
        }
    }

    /** @param transcripts decoded transcripts (the caller reports those it could not read) */
    public Pipeline(Options options, List<SourceDocument> transcripts, Embedder embedder) {
        this.settings = options.settings();
        this.embedder = embedder;
        this.segmenter = new Segmenter(new SpeakerAliases(options.speakers(), options.detectSpeakers()), new Normalizer(), options.maxSentenceChars());
        List<Transcript> list = new ArrayList<>();
        for (SourceDocument doc : transcripts) {
            Transcript t = new Transcript(doc.id(), doc.sha256(), segmenter.segment(doc), embedder, doc::ref);
            if (t.size() > 0) list.add(t);
        }
        this.library = new TranscriptLibrary(list, settings.align());
        this.matcher = new DocumentMatcher(new Aligner(library, settings.align()), settings.align());
        this.checks = new Checks(Checks.standard(settings.labels()), settings.labels());
        Set<String> known = new HashSet<>();
        options.speakers().values().forEach(known::addAll);
        list.forEach(t -> facts.put(t.id(), new TranscriptFacts(t, options.aliases(), known)));
    }

    public TranscriptLibrary library() {
        return library;
    }

    public Settings settings() {
        return settings;
    }

    public Segmenter segmenter() {
        return segmenter;
    }

    /** Segments, embeds, matches and aligns one edited document. */
    public DocumentAnalysis analyze(SourceDocument doc) {
        return analyze(doc, StageTimes.NONE);
    }

    /** As {@link #analyze(SourceDocument)}, adding the time of each stage to {@code times}. */
    public DocumentAnalysis analyze(SourceDocument doc, StageTimes times) {
        List<Sentence> sentences = times.time("normalize+segment", () -> segmenter.segment(doc));
        List<float[]> vectors = embedder.enabled() ? times.time("embed", () -> embedClaims(sentences)) : null;
        MatchResult match = times.time("match+align", () -> matcher.match(sentences, vectors));
        return DocumentAnalysis.of(doc, sentences, match);
    }

    /** One vector per sentence, null for those that are not claims. */
    private List<float[]> embedClaims(List<Sentence> sentences) {
        Iterator<float[]> it = embedder.embed(sentences.stream().filter(Sentence::isClaim).map(s -> s.content().text()).toList()).iterator();
        List<float[]> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) out.add(s.isClaim() ? it.next() : null);
        return out;
    }

    /**
     * The report row of one sentence.
     *
     * @param transcript the document's match, or null when unmatched
     * @param context    the mean support of the sentence's neighbourhood, NaN if none
     */
    public SentenceRow check(String docId, Sentence sentence, Alignment alignment, double context, Transcript transcript) {
        if (transcript == null) return SentenceRow.of(docId, sentence, checks.unmatched(sentence), null, null);
        Verdict v = checks.verdict(new AlignedSentence(sentence, alignment, context, facts.get(transcript.id())));
        return SentenceRow.of(docId, sentence, v, alignment, transcript.id());
    }

    /** Every row of an analysed document, in order. */
    public List<SentenceRow> check(DocumentAnalysis analysis) {
        return check(analysis, StageTimes.NONE);
    }

    /** As {@link #check(DocumentAnalysis)}, adding the time to {@code times}. */
    public List<SentenceRow> check(DocumentAnalysis analysis, StageTimes times) {
        return times.time("check", () -> checkAll(analysis));
    }

    private List<SentenceRow> checkAll(DocumentAnalysis analysis) {
        List<SentenceRow> rows = new ArrayList<>(analysis.sentences().size());
        Transcript t = analysis.match().matched() ? analysis.match().transcript() : null;
        for (int i = 0; i < analysis.sentences().size(); i++) {
            rows.add(check(analysis.document().id(), analysis.sentences().get(i), analysis.alignments().get(i),
                    analysis.context().get(i), t));
        }
        return rows;
    }
}
