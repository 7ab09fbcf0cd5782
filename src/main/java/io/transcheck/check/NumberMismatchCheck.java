package io.transcheck.check;

import io.transcheck.align.AlignedSentence;

import java.util.List;

/**
 * {@code NUMBER_MISMATCH}: a figure in the article that differs from the passage's figure of the same
 * kind (七个月 vs 一個月). A figure found elsewhere in the transcript is not flagged: the article may
 * have merged passages.
 */
public final class NumberMismatchCheck implements Check {
    public static final String ID = "NUMBER_MISMATCH";

    @Override public String id() {
        return ID;
    }

    @Override public List<String> measures() {
        return List.of("figures", "not_in_passage", "conflicting");
    }

    /** How many figures the claim gives, how many its passage does not, and how many its passage gives otherwise. */
    @Override public double[] measure(AlignedSentence s, TranscriptFacts facts) {
        List<Figures.Compared> figures = Figures.compare(s.edited(), s.passage(), facts);
        return new double[] {figures.size(), figures.stream().filter(f -> !f.inPassage()).count(),
                figures.stream().filter(f -> f.counterpart() != null).count()};
    }

    @Override public List<Finding> check(AlignedSentence s, TranscriptFacts facts) {
        return Figures.unsupported(s.edited(), s.passage(), facts).stream()
                .filter(u -> u.counterpart() != null)
                .map(u -> drift("says “" + u.figure().surface() + "” where the transcript says “" + u.counterpart().surface() + "” (" + s.refs() + ")"))
                .toList();
    }
}
