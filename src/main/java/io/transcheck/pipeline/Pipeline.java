package io.transcheck.pipeline;

import io.transcheck.align.AlignedSentence;
import io.transcheck.align.Aligner;
import io.transcheck.align.Claim;
import io.transcheck.align.DocumentAlignment;
import io.transcheck.align.DocumentMatcher;
import io.transcheck.align.Embedder;
import io.transcheck.align.Transcript;
import io.transcheck.align.TranscriptLibrary;
import io.transcheck.check.Checks;
import io.transcheck.check.Decision;
import io.transcheck.corpus.InputProblem;
import io.transcheck.corpus.JobDefinition;
import io.transcheck.corpus.SourceDocument;
import io.transcheck.report.SentenceRow;
import io.transcheck.text.Normalizer;
import io.transcheck.corpus.Role;
import io.transcheck.text.Segmenter;
import io.transcheck.text.Sentence;
import io.transcheck.text.SpeakerAliases;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stages composed for one run, in order: transcripts are read ({@link TranscriptLoader}),
 * segmented, embedded and indexed once; each edited document is then segmented, embedded, matched
 * to a transcript and aligned ({@link #align}); each of its sentences is checked and becomes a
 * report row ({@link #check}). Plain Java: the Spring Batch job, the tests and the benchmark all
 * build it with {@link #build} and run it.
 */
public final class Pipeline {
    private final Settings settings;
    private final Segmenter segmenter;
    private final Embedder embedder;
    private final TranscriptLibrary library;
    private final DocumentMatcher matcher;
    private final Checks checks;
    private final Map<String, List<InputProblem>> transcriptProblems;

    /**
     * What a run is configured with.
     *
     * @param speakers role to the labels that open its turns
     * @param aliases  a name as the transcript writes it to other spellings articles use
     * @param detectSpeakers also find each document's own speaker labels (the job lists none)
     */
    public record Options(Settings settings, Map<Role, List<String>> speakers, Map<String, List<String>> aliases,
                          int maxSentenceChars, boolean detectSpeakers) {
        public Options(Settings settings, Map<Role, List<String>> speakers, Map<String, List<String>> aliases, int maxSentenceChars) {
            this(settings, speakers, aliases, maxSentenceChars, false);
        }

        /** A job's options: its own speakers, or {@code defaultSpeakers} and the labels each document uses when it names none. */
        public static Options of(JobDefinition def, Settings settings, Map<Role, List<String>> defaultSpeakers, int maxSentenceChars) {
            boolean none = def.speakers().isEmpty();
            return new Options(settings, none ? defaultSpeakers : def.speakers(), def.aliases(), maxSentenceChars, none);
        }
    }

    private Pipeline(Options options, TranscriptLoader.Loaded loaded, Embedder embedder) {
        this.settings = options.settings();
        this.embedder = embedder;
        this.segmenter = new Segmenter(new SpeakerAliases(options.speakers(), options.detectSpeakers()), new Normalizer(), options.maxSentenceChars());
        List<Transcript> list = new ArrayList<>();
        for (SourceDocument doc : loaded.transcripts()) {
            Transcript t = new Transcript(doc.id(), doc.sha256(), segmenter.segment(doc), embedder, doc::ref);
            if (t.size() > 0) list.add(t);
        }
        this.library = new TranscriptLibrary(list, settings.align().retrieval());
        this.matcher = new DocumentMatcher(new Aligner(library, settings.align()), settings.align());
        Set<String> speakerLabels = new HashSet<>();
        options.speakers().values().forEach(speakerLabels::addAll);
        this.checks = new Checks(settings.labels(), settings.checks(), () -> Decision.shipped(embedder.enabled()), list, options.aliases(), speakerLabels);
        this.transcriptProblems = loaded.problems();
    }

    /** Reads the transcripts and builds the run's pipeline (a transcript that cannot be read is left out; see {@link #transcriptProblems}). */
    public static Pipeline build(Options options, List<TranscriptLoader.TranscriptFile> transcripts, Embedder embedder) {
        return new Pipeline(options, TranscriptLoader.load(transcripts), embedder);
    }

    public TranscriptLibrary library() {
        return library;
    }

    public Settings settings() {
        return settings;
    }

    /** Whether sentences are compared by meaning too (the embedding model is on). */
    public boolean embedderEnabled() {
        return embedder.enabled();
    }

    /** The check stage, for commands that weigh its evidence themselves (evaluate, train). */
    public Checks checks() {
        return checks;
    }

    /** Per transcript id, why it was left out or what to know about it (empty lists for clean ones). */
    public Map<String, List<InputProblem>> transcriptProblems() {
        return transcriptProblems;
    }

    /** Segments, embeds, matches and aligns one edited document. */
    public DocumentAlignment align(SourceDocument doc) {
        return align(doc, StageTimes.NONE);
    }

    /** As {@link #align(SourceDocument)}, adding the time of each stage to {@code times}. */
    public DocumentAlignment align(SourceDocument doc, StageTimes times) {
        List<Sentence> sentences = times.time("normalize+segment", () -> segmenter.segment(doc));
        List<Claim> claims = times.time("embed", () -> Claim.of(sentences, embedder));
        return times.time("match+align", () -> matcher.align(doc, sentences, claims));
    }

    /** The report row of one sentence of a document. */
    public SentenceRow check(String docId, AlignedSentence sentence) {
        return SentenceRow.of(docId, sentence, checks.verdict(sentence));
    }

    /** Every row of an aligned document, in order. */
    public List<SentenceRow> check(DocumentAlignment document) {
        return check(document, StageTimes.NONE);
    }

    /** As {@link #check(DocumentAlignment)}, adding the time to {@code times}. */
    public List<SentenceRow> check(DocumentAlignment document, StageTimes times) {
        return times.time("check", () -> document.sentences().stream().map(s -> check(document.document().id(), s)).toList());
    }
}
