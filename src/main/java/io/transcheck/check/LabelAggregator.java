package io.transcheck.check;

import io.transcheck.align.AlignedSentence;
import io.transcheck.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a sentence's support score and its findings into one label: the worst finding wins. Pure:
 * the same inputs give the same verdict; every threshold comes from {@link LabelSettings}. Besides
 * the checks' findings, a verdict may carry one note that no check makes: why a sentence is
 * {@value #NOT_A_CLAIM}, that its document is {@value #UNMATCHED}, or, for an unflagged claim, its
 * {@value #SUPPORT}.
 */
public final class LabelAggregator {
    public static final String NOT_A_CLAIM = "NOT_A_CLAIM";
    public static final String UNMATCHED = "UNMATCHED";
    public static final String SUPPORT = "SUPPORT";

    private final LabelSettings settings;

    public LabelAggregator(LabelSettings settings) {
        this.settings = settings;
    }

    /** Headings, boilerplate, courtesies and transitions: NOT_A_CLAIM whatever the transcript says. */
    public static Optional<Verdict> notAClaim(Sentence sentence) {
        if (!sentence.isClaim()) {
            String why = sentence.note() != null ? sentence.note() : sentence.kind().name().toLowerCase(Locale.ROOT);
            return Optional.of(note(Label.NOT_A_CLAIM, NOT_A_CLAIM, why));
        }
        return NotAClaim.reason(sentence.content().text()).map(why -> note(Label.NOT_A_CLAIM, NOT_A_CLAIM, why));
    }

    /** A claim of a document no transcript covers: listed, not checked. */
    static Verdict unmatched() {
        return note(Label.NOT_A_CLAIM, UNMATCHED, "no transcript in this job covers this document; the sentence was not checked");
    }

    private static Verdict note(Label label, String id, String message) {
        return new Verdict(label, 0, List.of(new Finding(id, Finding.Severity.INFO, message)));
    }

    /**
     * The verdict on a claim of a matched document: the most probable outcome is its label, the
     * probability that it is supported its score. Its reasons are the findings that back the label;
     * where no check named one, the evidence the decision weighed is said in plain words.
     *
     * @param probabilities of each {@link Decision.Outcome}
     */
    public Verdict aggregate(AlignedSentence s, Evidence evidence, double[] probabilities, TranscriptFacts facts) {
        Decision.Outcome outcome = Decision.outcome(probabilities);
        double score = Decision.supported(probabilities);
        List<Finding> invented = evidence.findings().stream().filter(f -> f.severity() == Finding.Severity.INVENTED).toList();
        List<Finding> drift = evidence.findings().stream().filter(f -> f.severity() == Finding.Severity.DRIFT).toList();
        List<Finding> reasons = new ArrayList<>();
        Label label;
        switch (outcome) {
            case INVENTED -> {
                label = Label.INVENTED_CLAIM;
                reasons.addAll(invented.isEmpty() ? List.of(new UnsupportedContentCheck(settings).explain(s, facts)) : invented);
                reasons.addAll(drift.stream().filter(f -> !f.checkId().equals(WeakSupportCheck.ID)).toList());
            }
            case DRIFT -> {
                label = Label.PARAPHRASE_DRIFT;
                reasons.addAll(drift.isEmpty() ? List.of(new WeakSupportCheck(settings).explain(s)) : drift);
            }
            case NOT_A_CLAIM -> {
                label = Label.NOT_A_CLAIM;
                reasons.add(new Finding(NOT_A_CLAIM, Finding.Severity.INFO, "reads as a heading, caption or transition, not a claim ("
                        + Messages.pct(probabilities[outcome.ordinal()]) + " likely)"));
            }
            default -> {
                label = outcome.label();
                reasons.add(new Finding(SUPPORT, Finding.Severity.INFO, "matches " + s.refs() + " (support " + Messages.pct(s.support()) + ")"));
            }
        }
        return new Verdict(label, score, reasons);
    }
}
