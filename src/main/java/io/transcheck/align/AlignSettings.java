package io.transcheck.align;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of candidate retrieval, span alignment and document matching.
 *
 * @param candidates      transcript sentences retrieved per edited sentence before spans are scored
 * @param maxSpan         longest span, in sentences
 * @param spanPenalty     subtracted per extra sentence in a span, so a span grows only when that adds support
 * @param bigramWeight    weight of bigram coverage in lexical support
 * @param unitWeight      weight of character/word coverage in lexical support
 * @param lcsWeight       weight of the longest-common-subsequence ratio in lexical support
 * @param maxDfShare      bigrams in a larger share of transcript sentences are not used for retrieval...
 * @param anchorSupport   a claim anchors its document in a transcript when its best span there has this support
 *                        and a neighbouring claim (within {@code matchNeighbours}) aligns within
 *                        {@code matchWindow} sentences of it: the article follows the transcript locally
 * @param matchMinShare   a document is MATCHED when at least this share of its claims anchor it (with embeddings)...
 * @param lexicalMatchMinShare ...or this share when embeddings are off (lexical support alone is lower)...
 * @param matchMinAnchors ...and at least this many claims anchor it
 * @param matchMinUnits   claims shorter than this (characters and words) are too short to tell and do not count
 * @param matchWindow     transcript sentences between the alignments of neighbouring claims that still count as in order
 * @param matchNeighbours claims before and after that are looked at for order
 * @param semanticCandidates transcript sentences retrieved by embedding similarity, beside the lexical ones
 * @param semanticFloor   cosine similarity at or below which sentences are unrelated (support 0 from meaning)
 * @param semanticCeiling cosine similarity at or above which they say the same thing (support 1 from meaning)
 * @param semanticWeight  how far meaning may raise support above the lexical score (1: to the semantic score)
 * @param lexicalCeiling  lexical score at which wording alone counts as full support (verbatim scores about 0.9,
 *                        close paraphrase about 0.3-0.5)
 * @param matchMinTermShare a MATCHED document also has at least this share of its distinctive terms (names and
 *                        words in Latin script) in the transcript...
 * @param matchMinTerms   ...when it has at least this many such terms (fewer say nothing)
 * @param contextAnchorSupport a first-pass alignment with this support, in order with a neighbour, guides the claims around it
 * @param contextReach    claims before and after that are searched for guiding anchors
 * @param contextSlack    transcript sentences beyond the anchors' passages still counted as between them
 * @param contextMaxWindow anchors further apart than this (sentences) mark a jump in the article and guide nothing
 * @param contextWeight   preference for spans between the anchors when choosing a span (support is unchanged)
 * @param roleWeight      preference for spans spoken by the role the article gives the sentence
 * @param shortReplyUnits a span ending on a sentence this short (a bare reply) also shows the next sentence of the turn
 * @param matchTranscripts a document is matched against this many transcripts of a larger library: those its
 *                        claims retrieve with the most weight, summed over the document
 * @param maxDfCap        ...and bigrams in more than this many sentences, however large the library
 * @param queryBigrams    a lookup in the whole library uses only the sentence's rarest bigrams, this many
 * @param neighbourhood   a claim's context support is the mean support of the claims within this many of it
 *                        in its article section
 * @param exhaustive      score spans around every transcript sentence instead of retrieved candidates: the
 *                        all-pairs baseline of the benchmark, never needed in production
 */
public record AlignSettings(@DefaultValue("10") int candidates,
                            @DefaultValue("3") int maxSpan,
                            @DefaultValue("0.03") double spanPenalty,
                            @DefaultValue("0.5") double bigramWeight,
                            @DefaultValue("0.25") double unitWeight,
                            @DefaultValue("0.25") double lcsWeight,
                            @DefaultValue("0.05") double maxDfShare,
                            @DefaultValue("0.3") double anchorSupport,
                            @DefaultValue("0.18") double matchMinShare,
                            @DefaultValue("0.06") double lexicalMatchMinShare,
                            @DefaultValue("3") int matchMinAnchors,
                            @DefaultValue("12") int matchMinUnits,
                            @DefaultValue("5") int matchWindow,
                            @DefaultValue("2") int matchNeighbours,
                            @DefaultValue("10") int semanticCandidates,
                            @DefaultValue("0.6") double semanticFloor,
                            @DefaultValue("0.9") double semanticCeiling,
                            @DefaultValue("1.0") double semanticWeight,
                            @DefaultValue("0.6") double lexicalCeiling,
                            @DefaultValue("0.6") double matchMinTermShare,
                            @DefaultValue("5") int matchMinTerms,
                            @DefaultValue("0.5") double contextAnchorSupport,
                            @DefaultValue("4") int contextReach,
                            @DefaultValue("3") int contextSlack,
                            @DefaultValue("40") int contextMaxWindow,
                            @DefaultValue("0.3") double contextWeight,
                            @DefaultValue("0.1") double roleWeight,
                            @DefaultValue("5") int shortReplyUnits,
                            @DefaultValue("false") boolean exhaustive,
                            @DefaultValue("3") int neighbourhood,
                            @DefaultValue("3") int matchTranscripts,
                            @DefaultValue("400") int maxDfCap,
                            @DefaultValue("32") int queryBigrams) {

    /** The defaults declared above; application properties and job files override them (see job.Settings). */
    public static AlignSettings defaults() {
        return new Binder().bindOrCreate("transcheck.align", AlignSettings.class);
    }

    public AlignSettings {
        if (candidates < 1 || maxSpan < 1 || maxSpan > 5) throw new IllegalArgumentException("candidates " + candidates + ", maxSpan " + maxSpan);
        if (matchMinShare < 0 || matchMinShare > 1 || anchorSupport < 0 || anchorSupport > 1) throw new IllegalArgumentException("match thresholds");
        if (neighbourhood < 1) throw new IllegalArgumentException("neighbourhood must be at least 1, was " + neighbourhood);
        if (semanticCeiling <= semanticFloor) throw new IllegalArgumentException("semantic ceiling " + semanticCeiling + " must exceed floor " + semanticFloor);
    }
}
