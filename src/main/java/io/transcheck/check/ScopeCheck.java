package io.transcheck.check;

import io.transcheck.align.AlignedSentence;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code SCOPE_SHIFT}: the article widens what was said to everyone or everything ("所有", "全面",
 * "无一例外") where the passage clauses it corresponds to ({@link Clauses}) say "many", "some" or do
 * not say all; or narrows an "all" of the transcript to "some". Only for a sentence that rewords its
 * passage: for an unsupported one, the scope is the least of its problems.
 */
public final class ScopeCheck implements Check {
    public static final String ID = "SCOPE_SHIFT";
    private static final WordList UNIVERSAL = new WordList("/check/scope-universal.txt");
    private static final WordList PARTIAL = new WordList("/check/scope-partial.txt");

    private final double minSupport;

    /** @param minSupport the support from which a sentence counts as a rewording of its passage */
    public ScopeCheck(double minSupport) {
        this.minSupport = minSupport;
    }

    @Override public String id() {
        return ID;
    }

    @Override public List<String> measures() {
        return List.of("widened");
    }

    @Override public double[] measure(AlignedSentence s, TranscriptFacts facts) {
        return new double[] {s.alignment() == null ? 0 : widened(s.edited(), Clauses.corresponding(s.passage(), s.edited())).size()};
    }

    @Override public List<Finding> check(AlignedSentence s, TranscriptFacts facts) {
        if (s.alignment() == null || s.support() < minSupport) return List.of();
        String clauses = Clauses.corresponding(s.passage(), s.edited());
        List<String> widened = widened(s.edited(), clauses);
        if (!widened.isEmpty()) {
            List<String> some = PARTIAL.find(clauses);
            return List.of(drift("says " + Messages.quoted(widened.subList(0, 1)) + " (all of them) where the transcript says "
                    + (some.isEmpty() ? "nothing of the kind" : Messages.quoted(some.subList(0, 1))) + " (" + s.refs() + ")"));
        }
        List<String> all = UNIVERSAL.find(clauses);
        List<String> some = PARTIAL.find(s.edited());
        if (!all.isEmpty() && !some.isEmpty() && UNIVERSAL.find(s.edited()).isEmpty()) {
            return List.of(drift("says " + Messages.quoted(some.subList(0, 1)) + " where the transcript says "
                    + Messages.quoted(all.subList(0, 1)) + " (" + s.refs() + ")"));
        }
        return List.of();
    }

    /** The universal words of the sentence that the corresponding passage clauses do not use. */
    static List<String> widened(String edited, String clauses) {
        List<String> out = new ArrayList<>();
        for (String w : UNIVERSAL.find(edited)) if (!clauses.contains(w) && !out.contains(w)) out.add(w);
        return UNIVERSAL.find(clauses).isEmpty() ? out : List.of();
    }
}
