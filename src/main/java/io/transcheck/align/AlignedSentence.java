package io.transcheck.align;

import io.transcheck.text.Sentence;

/**
 * A sentence of an edited document with what alignment found for it: the result that flows from
 * matching to the checks, the report row and the store.
 *
 * @param transcript the transcript its document was matched to, or null when unmatched
 * @param alignment  the span that best supports it, or null (not a claim, unmatched, or no passage shares its wording)
 * @param neighbours how well the claims around it in its article section are supported
 */
public record AlignedSentence(Sentence sentence, Transcript transcript, Alignment alignment, Neighbours neighbours) {
    public AlignedSentence {
        if (sentence == null || neighbours == null) throw new IllegalArgumentException("incomplete aligned sentence");
        if (alignment != null && alignment.transcript() != transcript) throw new IllegalArgumentException("alignment in another transcript");
    }

    /** With only the mean support of its neighbourhood known. */
    public AlignedSentence(Sentence sentence, Transcript transcript, Alignment alignment, double contextSupport) {
        this(sentence, transcript, alignment, new Neighbours(contextSupport, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
    }

    /**
     * The support of the claims around a claim, in its article section (NaN where there is none): a
     * paraphrased passage is supported sentence after sentence, a made-up exchange only here and there.
     *
     * @param mean     the mean support of the claims within {@link AlignSettings.Context#neighbourhood} of it, itself
     *                 included; NaN when it is alone in its section
     * @param previous the support of the claim just before it
     * @param next     the support of the claim just after it
     * @param rank     the share of the document's claims that are supported no better than it, in (0,1]:
     *                 its support measured against how closely this article keeps to its source overall (a
     *                 digest rewords more than a Q&A)
     * @param meanRank the mean rank of the claims around it (as {@code mean}): a stretch among the document's
     *                 least supported is a made-up exchange, whatever the article's style
     */
    public record Neighbours(double mean, double previous, double next, double rank, double meanRank) {
        public static final Neighbours NONE = new Neighbours(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /** The mean support of the claims around it in its section; NaN when it is alone there. */
    public double contextSupport() {
        return neighbours.mean();
    }

    /** A sentence with no alignment: not a claim, or its document matched no transcript. */
    public static AlignedSentence unaligned(Sentence sentence, Transcript transcript) {
        return new AlignedSentence(sentence, transcript, null, Neighbours.NONE);
    }

    public boolean matched() {
        return transcript != null;
    }

    /** The edited sentence's content, normalized. */
    public String edited() {
        return sentence.content().text();
    }

    /** The aligned passage, normalized; empty without an alignment. */
    public String passage() {
        return alignment == null ? "" : transcript.normalized(alignment.span());
    }

    /** The aligned passage as the transcript writes it. */
    public String passageOriginal() {
        return alignment == null ? "" : alignment.span().text();
    }

    /** Where the passage is (`L23-L24`); empty without an alignment. */
    public String refs() {
        return alignment == null ? "" : alignment.span().refs();
    }

    public double support() {
        return alignment == null ? 0 : alignment.support();
    }
}
