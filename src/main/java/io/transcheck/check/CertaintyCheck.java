package io.transcheck.check;

import io.transcheck.align.AlignedSentence;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code CERTAINTY_SHIFT}: the article is surer than the transcript. A booster (无疑, 一定, 坚信,
 * 100%...) that the passage clauses it corresponds to ({@link Clauses}) do not use, or a hedge of
 * those clauses (可能, 也许, 我希望, 我不知道...) that the article drops. Words are matched on word
 * boundaries, so 大约 is not found in 一大约束.
 */
public final class CertaintyCheck implements Check {
    public static final String ID = "CERTAINTY_SHIFT";
    private static final WordList HEDGES = new WordList("/check/hedges.txt");
    private static final WordList BOOSTERS = new WordList("/check/boosters.txt");

    private final double minSupport;

    /** @param minSupport a dropped hedge counts only when the passage clearly is the sentence's source */
    public CertaintyCheck(double minSupport) {
        this.minSupport = minSupport;
    }

    @Override public String id() {
        return ID;
    }

    @Override public List<String> measures() {
        return List.of("boosters_added", "hedge_dropped");
    }

    @Override public double[] measure(AlignedSentence s, TranscriptFacts facts) {
        if (s.alignment() == null) return new double[2];
        return new double[] {addedBoosters(s.edited(), s.passage()).size(), droppedHedges(s.edited(), s.passage()).isEmpty() ? 0 : 1};
    }

    @Override public List<Finding> check(AlignedSentence s, TranscriptFacts facts) {
        if (s.alignment() == null) return List.of();   // no passage to be surer than
        List<Finding> out = new ArrayList<>();
        List<String> added = addedBoosters(s.edited(), s.passage());
        if (!added.isEmpty()) {
            out.add(drift("states it with certainty (" + Messages.quoted(added)
                    + ") that the transcript does not express (" + s.refs() + ")"));
        }
        List<String> hedges = droppedHedges(s.edited(), s.passage());
        if (!hedges.isEmpty() && s.support() >= minSupport) {
            out.add(drift("drops the transcript's hedge " + Messages.quoted(hedges.subList(0, 1))
                    + " (" + s.refs() + ") and states it as fact"));
        }
        return out;
    }

    /** Boosters of the sentence that the passage clauses it corresponds to do not use. */
    static List<String> addedBoosters(String edited, String passage) {
        String clauses = Clauses.corresponding(passage, edited);
        List<String> added = new ArrayList<>();
        for (String b : BOOSTERS.find(edited)) {
            if (!clauses.contains(b) && !added.contains(b)) added.add(b);
        }
        return BOOSTERS.find(clauses).isEmpty() ? added : List.of();
    }

    /** Hedges of the passage clauses that correspond to the sentence, when the sentence has none. */
    static List<String> droppedHedges(String edited, String passage) {
        if (!HEDGES.find(edited).isEmpty() || isQuestion(edited)) return List.of();
        return HEDGES.find(Clauses.corresponding(passage, edited));
    }

    static boolean isQuestion(String normalized) {
        return normalized.contains("?") || normalized.contains("是否") || normalized.endsWith("吗") || normalized.contains("吗?");
    }

}
