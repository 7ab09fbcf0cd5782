package io.transcheck.align;

import io.transcheck.text.Sentence;

/**
 * A sentence of an edited document with what alignment found for it: the result that flows from
 * matching to the checks, the report row and the store.
 *
 * @param transcript     the transcript its document was matched to, or null when unmatched
 * @param alignment      the span that best supports it, or null (not a claim, unmatched, or no passage shares its wording)
 * @param contextSupport the mean support of the claims around it in its section (see
 *                       {@link AlignSettings.Context#neighbourhood}); NaN when it is alone there or has no alignment context
 */
public record AlignedSentence(Sentence sentence, Transcript transcript, Alignment alignment, double contextSupport) {
    public AlignedSentence {
        if (sentence == null) throw new IllegalArgumentException("no sentence");
        if (alignment != null && alignment.transcript() != transcript) throw new IllegalArgumentException("alignment in another transcript");
    }

    /** A sentence with no alignment: not a claim, or its document matched no transcript. */
    public static AlignedSentence unaligned(Sentence sentence, Transcript transcript) {
        return new AlignedSentence(sentence, transcript, null, Double.NaN);
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
