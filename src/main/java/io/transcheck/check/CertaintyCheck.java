package io.transcheck.check;

import io.transcheck.align.AlignedSentence;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code CERTAINTY_SHIFT}: the article is surer than the transcript. A booster (无疑, 一定, 坚信,
 * 100%...) that the aligned passage does not use, or a hedge of the passage (可能, 也许, 我希望,
 * 我不知道...) that the article drops.
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

    @Override public List<Finding> check(AlignedSentence s, TranscriptFacts facts) {
        if (s.alignment() == null) return List.of();   // no passage to be surer than
        String edited = s.edited();
        String passage = s.passage();
        List<Finding> out = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (String b : BOOSTERS.find(edited)) {
            if (!passage.contains(b) && !added.contains(b)) added.add(b);
        }
        if (!added.isEmpty() && BOOSTERS.find(passage).isEmpty()) {
            out.add(drift("states it with certainty (" + Messages.quoted(added)
                    + ") that the transcript does not express (" + s.refs() + ")"));
        }
        List<String> hedges = HEDGES.find(passage);
        if (!hedges.isEmpty() && s.support() >= minSupport && HEDGES.find(edited).isEmpty() && !isQuestion(edited)) {
            out.add(drift("drops the transcript's hedge " + Messages.quoted(hedges.subList(0, 1))
                    + " (" + s.refs() + ") and states it as fact"));
        }
        return out;
    }

    static boolean isQuestion(String normalized) {
        return normalized.contains("?") || normalized.contains("是否") || normalized.endsWith("吗") || normalized.contains("吗?");
    }

}
