package io.transcheck.check;

import io.transcheck.align.AlignedSentence;

import java.util.List;

/**
 * {@code NUMBER_UNSUPPORTED}: a figure that the transcript gives nowhere, and that is not a changed
 * figure of the passage (that is {@link NumberMismatchCheck}).
 */
public final class NumberUnsupportedCheck implements Check {
    public static final String ID = "NUMBER_UNSUPPORTED";

    @Override public String id() {
        return ID;
    }

    @Override public List<String> measures() {
        return List.of("not_in_transcript");
    }

    @Override public double[] measure(AlignedSentence s, TranscriptFacts facts) {
        return new double[] {Figures.compare(s.edited(), s.passage(), facts).stream().filter(f -> !f.inTranscript()).count()};
    }

    @Override public List<Finding> check(AlignedSentence s, TranscriptFacts facts) {
        return Figures.unsupported(s.edited(), s.passage(), facts).stream()
                .filter(u -> u.counterpart() == null)
                .map(u -> drift("the figure “" + u.figure().surface() + "” appears nowhere in the transcript"))
                .toList();
    }
}
