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

    /** The verdict on a claim of a matched document from the findings of the checks. */
    public Verdict aggregate(AlignedSentence s, List<Finding> findings) {
        double support = s.support();
        List<Finding> all = new ArrayList<>(findings);
        Label label;
        if (all.stream().anyMatch(f -> f.severity() == Finding.Severity.INVENTED)) {
            label = Label.INVENTED_CLAIM;
        } else if (all.stream().anyMatch(f -> f.severity() == Finding.Severity.DRIFT)) {
            label = Label.PARAPHRASE_DRIFT;
        } else if (support >= settings.faithfulSupport() && s.alignment().lexical().lcsRatio() >= settings.faithfulLcs()) {
            label = Label.FAITHFUL;
        } else {
            label = Label.PARAPHRASE;
        }
        if (!label.flagged()) {
            all.add(0, new Finding(SUPPORT, Finding.Severity.INFO, "matches " + s.refs() + " (support " + Messages.pct(support) + ")"));
        }
        return new Verdict(label, support, all);
    }
}
