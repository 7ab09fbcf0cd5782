package io.transcheck.check;

import java.util.List;

/**
 * {@code NEGATION_FLIP}: the article negates what the aligned passage affirms, or the reverse.
 * Only for a sentence worded closely after a one-sentence passage: a free paraphrase moves
 * negation around without changing the meaning (我不排除 = 可能, 不担心 = 乐观).
 */
public final class NegationCheck implements Check {
    public static final String ID = "NEGATION_FLIP";
    private static final WordList NEGATORS = new WordList("/check/negators.txt");
    private static final WordList EXCEPTIONS = new WordList("/check/negation-exceptions.txt");

    private final double minLexical;

    /** @param minLexical the lexical score from which a sentence counts as worded after its passage */
    public NegationCheck(double minLexical) {
        this.minLexical = minLexical;
    }

    @Override public String id() {
        return ID;
    }

    @Override public List<Finding> check(AlignedSentence s) {
        if (s.alignment() == null || s.alignment().lexical().combined() < minLexical || s.alignment().span().length() > 1) return List.of();
        List<String> edited = NEGATORS.find(s.edited(), EXCEPTIONS);
        List<String> passage = NEGATORS.find(s.passage(), EXCEPTIONS);
        if (edited.isEmpty() == passage.isEmpty()) return List.of();
        String message = edited.isEmpty()
                ? "affirms what the transcript negates (“" + passage.get(0) + "”, " + s.refs() + ")"
                : "negates (“" + edited.get(0) + "”) what the transcript affirms (" + s.refs() + ")";
        return List.of(new Finding(ID, Finding.Severity.DRIFT, message));
    }
}
