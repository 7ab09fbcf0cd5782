package io.transcheck.check;

import io.transcheck.align.AlignedSentence;
import io.transcheck.text.Units;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code NEGATION_FLIP}: the article negates what the aligned passage affirms, or the reverse, in
 * the passage's clauses that correspond to the sentence's ({@link Clauses}). Only for a sentence
 * worded closely after its passage: a free paraphrase moves negation around without changing the
 * meaning (我不排除 = 可能, 不担心 = 乐观).
 * <p>
 * Also a denial made partial, or the reverse: "并非唯一决定因素" (not the only deciding factor: so it is
 * one) for "不起决定作用" (it does not decide), "无法完全覆盖" (cannot fully cover) for "没有任何模式能覆盖"
 * (none can cover). Chinese marks partial negation with a scope word after the negator (完全, 全部,
 * 唯一, 都); the check applies to any sentence that rewords its passage, since that marking does not
 * move around in a paraphrase.
 */
public final class NegationCheck implements Check {
    public static final String ID = "NEGATION_FLIP";
    private static final WordList NEGATORS = new WordList("/check/negators.txt");
    private static final WordList EXCEPTIONS = new WordList("/check/negation-exceptions.txt");
    /** A negator and, in the same clause, the scope word that makes it partial (不完全, 无法通过广告完全, 并非唯一, 不都). */
    private static final Pattern PARTIAL = Pattern.compile(
            "(?:不|没有|没|并非|无法|不能|未)(?:是)?(?:[^，。,.;；:：!?！？“”\"]{0,6}?(?:完全|全部|唯一)|都|全)");

    private final double minLexical;
    private final double minSupport;

    /**
     * @param minLexical the lexical score from which a sentence counts as worded after its passage
     * @param minSupport the support from which a sentence counts as a rewording of its passage
     */
    public NegationCheck(double minLexical, double minSupport) {
        this.minLexical = minLexical;
        this.minSupport = minSupport;
    }

    @Override public String id() {
        return ID;
    }

    @Override public List<String> measures() {
        return List.of("differs");
    }

    /** Whether the claim and the passage clauses it corresponds to differ in being negated, however closely worded. */
    @Override public double[] measure(AlignedSentence s, TranscriptFacts facts) {
        if (s.alignment() == null) return new double[1];
        return new double[] {negators(s.edited()).isEmpty() != negators(Clauses.corresponding(s.passage(), s.edited())).isEmpty() ? 1 : 0};
    }

    @Override public List<Finding> check(AlignedSentence s, TranscriptFacts facts) {
        if (s.alignment() == null) return List.of();
        String clauses = Clauses.corresponding(s.passage(), s.edited());
        List<String> edited = negators(s.edited());
        List<String> passage = negators(clauses);
        if (edited.isEmpty() != passage.isEmpty()) {
            if (s.alignment().lexical().combined() < minLexical) return List.of();
            String message = edited.isEmpty()
                    ? "affirms what the transcript negates (“" + passage.get(0) + "”, " + s.refs() + ")"
                    : "negates (“" + edited.get(0) + "”) what the transcript affirms (" + s.refs() + ")";
            return List.of(drift(message));
        }
        if (edited.isEmpty() || s.support() < minSupport) return List.of();
        Matcher e = PARTIAL.matcher(s.edited());
        Matcher p = PARTIAL.matcher(clauses);
        boolean editedPartial = e.find();
        boolean passagePartial = p.find();
        if (editedPartial == passagePartial) return List.of();
        String message = editedPartial
                ? "makes a denial partial (“" + e.group() + "”) where the transcript denies outright: “" + negatedClause(clauses, s.edited()) + "” (" + s.refs() + ")"
                : "denies outright (“" + negatedClause(s.edited(), s.passage()) + "”) what the transcript denies only in part: “" + p.group() + "” (" + s.refs() + ")";
        return List.of(drift(message));
    }

    /** The negators of a text, on word boundaries, leaving out words that only look negative (不错, 无论). */
    static List<String> negators(String text) {
        return NEGATORS.find(text, EXCEPTIONS);
    }

    /** The clause of {@code text} with a negator that shares the most characters with {@code other}. */
    static String negatedClause(String text, String other) {
        String best = "";
        int bestShared = -1;
        for (String clause : Units.clauses(text)) {
            if (NEGATORS.find(clause, EXCEPTIONS).isEmpty()) continue;
            int shared = (int) clause.chars().filter(c -> other.indexOf(c) >= 0).count();
            if (shared > bestShared) {
                best = clause.strip();
                bestShared = shared;
            }
        }
        return best;
    }
}
