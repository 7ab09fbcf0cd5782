package io.transcheck.align;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of alignment, in groups each handed only to the class that uses it
 * ({@code transcheck.align.<group>.<name>}, e.g. {@code transcheck.align.retrieval.candidates}).
 */
public record AlignSettings(@DefaultValue Retrieval retrieval, @DefaultValue Spans spans, @DefaultValue Scoring scoring,
                            @DefaultValue Matching matching, @DefaultValue Context context) {

    /** The defaults declared below; application properties and job files override them (see pipeline.Settings). */
    public static AlignSettings defaults() {
        return new Binder().bindOrCreate("transcheck.align", AlignSettings.class);
    }

    public AlignSettings {
        if (retrieval == null || spans == null || scoring == null || matching == null || context == null) {
            throw new IllegalArgumentException("incomplete alignment settings");
        }
    }

    /**
     * Candidate retrieval ({@link CandidateRetriever}, {@link SentenceIndex}).
     *
     * @param candidates         transcript sentences retrieved per edited sentence before spans are scored
     * @param semanticCandidates transcript sentences retrieved by embedding similarity, beside the lexical ones
     * @param maxDfShare         bigrams in a larger share of transcript sentences are not used for retrieval...
     * @param maxDfCap           ...and bigrams in more than this many sentences, however large the library
     * @param queryBigrams       a lookup in the whole library uses only the sentence's rarest bigrams, this many
     * @param transcripts        a document is matched against this many transcripts of a larger library: those
     *                           its claims retrieve with the most weight, summed over the document
     * @param exhaustive         score spans around every transcript sentence instead of retrieved candidates:
     *                           the all-pairs baseline of the benchmark, never needed in production
     */
    public record Retrieval(@DefaultValue("10") int candidates,
                            @DefaultValue("10") int semanticCandidates,
                            @DefaultValue("0.05") double maxDfShare,
                            @DefaultValue("400") int maxDfCap,
                            @DefaultValue("32") int queryBigrams,
                            @DefaultValue("3") int transcripts,
                            @DefaultValue("false") boolean exhaustive) {
        public Retrieval {
            if (candidates < 1 || semanticCandidates < 0 || queryBigrams < 1 || transcripts < 1) {
                throw new IllegalArgumentException("retrieval: candidates, query-bigrams and transcripts must be at least 1");
            }
            if (maxDfShare <= 0 || maxDfShare > 1) throw new IllegalArgumentException("retrieval.max-df-share must be in (0,1], was " + maxDfShare);
        }
    }

    /**
     * The spans a sentence may align to ({@link SpanScorer}, {@link ContextAligner}).
     *
     * @param maxSpan         longest span, in transcript sentences
     * @param spanPenalty     subtracted per extra sentence in a span, so a span grows only when that adds support
     * @param shortReplyUnits a span ending on a sentence this short (a bare reply) also shows the next sentence of the turn
     */
    public record Spans(@DefaultValue("3") int maxSpan,
                        @DefaultValue("0.03") double spanPenalty,
                        @DefaultValue("5") int shortReplyUnits) {
        public Spans {
            if (maxSpan < 1 || maxSpan > 5) throw new IllegalArgumentException("spans.max-span must be 1 to 5, was " + maxSpan);
            if (spanPenalty < 0) throw new IllegalArgumentException("spans.span-penalty must not be negative, was " + spanPenalty);
        }
    }

    /**
     * How a span's support in [0,1] is computed from wording and meaning ({@link SpanScorer}).
     *
     * @param bigramWeight    weight of bigram coverage in lexical support
     * @param unitWeight      weight of character/word coverage in lexical support
     * @param lcsWeight       weight of the longest-common-subsequence ratio in lexical support
     * @param lexicalCeiling  lexical score at which wording alone counts as full support (verbatim scores about 0.9,
     *                        close paraphrase about 0.3-0.5)
     * @param semanticFloor   cosine similarity at or below which sentences are unrelated (support 0 from meaning)
     * @param semanticCeiling cosine similarity at or above which they say the same thing (support 1 from meaning)
     * @param semanticWeight  how far meaning may raise support above the lexical score (1: to the semantic score)
     */
    public record Scoring(@DefaultValue("0.5") double bigramWeight,
                          @DefaultValue("0.25") double unitWeight,
                          @DefaultValue("0.25") double lcsWeight,
                          @DefaultValue("0.6") double lexicalCeiling,
                          @DefaultValue("0.6") double semanticFloor,
                          @DefaultValue("0.9") double semanticCeiling,
                          @DefaultValue("1.0") double semanticWeight) {
        public Scoring {
            if (bigramWeight < 0 || unitWeight < 0 || lcsWeight < 0 || bigramWeight + unitWeight + lcsWeight <= 0) {
                throw new IllegalArgumentException("scoring: the lexical weights must not be negative and must not all be 0");
            }
            if (lexicalCeiling <= 0) throw new IllegalArgumentException("scoring.lexical-ceiling must be positive, was " + lexicalCeiling);
            if (semanticCeiling <= semanticFloor) {
                throw new IllegalArgumentException("scoring.semantic-ceiling " + semanticCeiling + " must exceed semantic-floor " + semanticFloor);
            }
        }
    }

    /**
     * Which transcript a document reports on ({@link DocumentMatcher}, {@link Anchors}).
     *
     * @param anchorSupport   a claim anchors its document in a transcript when its best span there has this support
     *                        and a neighbouring claim (within {@code neighbours}) with this support aligns within
     *                        {@code window} sentences of it: the article follows the transcript locally
     * @param neighbours      claims before and after that are looked at for order
     * @param window          transcript sentences between the alignments of neighbouring claims that still count as in order
     * @param minShare        a document is MATCHED when at least this share of its claims anchor it (with embeddings)...
     * @param lexicalMinShare ...or this share when embeddings are off (lexical support alone is lower)...
     * @param minAnchors      ...and at least this many claims anchor it
     * @param minUnits        claims shorter than this (characters and words) are too short to tell and do not count
     * @param minTermShare    a MATCHED document also has at least this share of its distinctive terms (names and
     *                        words in Latin script) in the transcript...
     * @param minTerms        ...when it has at least this many such terms (fewer say nothing)
     * @param pointSupport    a claim this well supported somewhere in a transcript is one of its points...
     * @param minPointShare   ...and a document of which this share of claims (at least {@code minAnchors}) are points
     *                        is MATCHED in any order: a digest's key points condense answers far apart. Measured on
     *                        digests made of the corpus articles' supported sentences: 0.69 to 1.0 of their claims
     *                        are points in their own transcript, at most 0.14 in another interview's, 0.12 for the
     *                        seed article on another interview
     */
    public record Matching(@DefaultValue("0.3") double anchorSupport,
                           @DefaultValue("2") int neighbours,
                           @DefaultValue("5") int window,
                           @DefaultValue("0.18") double minShare,
                           @DefaultValue("0.06") double lexicalMinShare,
                           @DefaultValue("3") int minAnchors,
                           @DefaultValue("12") int minUnits,
                           @DefaultValue("0.6") double minTermShare,
                           @DefaultValue("5") int minTerms,
                           @DefaultValue("0.6") double pointSupport,
                           @DefaultValue("0.4") double minPointShare) {
        public Matching {
            if (anchorSupport < 0 || anchorSupport > 1 || minShare < 0 || minShare > 1 || lexicalMinShare < 0 || lexicalMinShare > 1) {
                throw new IllegalArgumentException("matching: anchor-support, min-share and lexical-min-share must be in [0,1]");
            }
            if (neighbours < 1 || window < 0) throw new IllegalArgumentException("matching: neighbours must be at least 1 and window not negative");
        }
    }

    /**
     * Re-alignment of a claim by its neighbours in the article ({@link ContextAligner}).
     *
     * @param anchorSupport a first-pass alignment with this support, in order with a neighbour, guides the claims around it
     * @param reach         claims before and after that are searched for guiding anchors
     * @param slack         transcript sentences beyond the anchors' passages still counted as between them
     * @param maxWindow     anchors further apart than this (sentences) mark a jump in the article and guide nothing
     * @param weight        preference for spans between the anchors when choosing a span (support is unchanged)
     * @param roleWeight    preference for spans spoken by the role the article gives the sentence
     * @param neighbourhood a claim's context support is the mean support of the claims within this many of it
     *                      in its article section
     */
    public record Context(@DefaultValue("0.5") double anchorSupport,
                          @DefaultValue("4") int reach,
                          @DefaultValue("3") int slack,
                          @DefaultValue("40") int maxWindow,
                          @DefaultValue("0.3") double weight,
                          @DefaultValue("0.1") double roleWeight,
                          @DefaultValue("3") int neighbourhood) {
        public Context {
            if (neighbourhood < 1) throw new IllegalArgumentException("context.neighbourhood must be at least 1, was " + neighbourhood);
            if (reach < 0 || slack < 0 || maxWindow < 0) throw new IllegalArgumentException("context: reach, slack and max-window must not be negative");
        }
    }
}
