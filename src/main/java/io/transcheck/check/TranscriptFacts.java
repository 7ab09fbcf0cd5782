package io.transcheck.check;

import io.transcheck.align.Transcript;

import java.util.List;

/** What checks need to know about a whole transcript, computed once per transcript. */
public final class TranscriptFacts {
    private final Transcript transcript;
    private final List<Quantity> quantities;

    public TranscriptFacts(Transcript transcript) {
        this.transcript = transcript;
        this.quantities = List.copyOf(Quantities.of(transcript.normalizedText()));
    }

    public Transcript transcript() {
        return transcript;
    }

    /** Every figure the transcript gives. */
    public List<Quantity> quantities() {
        return quantities;
    }
}
