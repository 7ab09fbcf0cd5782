package io.transcheck.check;

import io.transcheck.align.Alignment;
import io.transcheck.align.Transcript;
import io.transcheck.text.Sentence;

/**
 * An edited sentence with the transcript passage that best supports it.
 *
 * @param alignment the best span, or null when nothing in the transcript shares its wording
 * @param contextSupport the mean support of the claims around it in its section; NaN when it is alone there
 * @param facts     what is known about the document's whole transcript
 */
public record AlignedSentence(Sentence sentence, Alignment alignment, double contextSupport, TranscriptFacts facts) {
    public AlignedSentence {
        if (sentence == null || facts == null) throw new IllegalArgumentException("incomplete aligned sentence");
    }

    public Transcript transcript() {
        return facts.transcript();
    }

    /** The edited sentence's content, normalized. */
    public String edited() {
        return sentence.content().text();
    }

    /** The aligned passage, normalized; empty without an alignment. */
    public String passage() {
        return alignment == null ? "" : facts.transcript().normalized(alignment.span());
    }

    /** The aligned passage as the transcript writes it, for messages. */
    public String passageOriginal() {
        return alignment == null ? "" : alignment.span().text();
    }

    public String refs() {
        return alignment == null ? "" : alignment.span().refs();
    }

    public double support() {
        return alignment == null ? 0 : alignment.support();
    }

}
