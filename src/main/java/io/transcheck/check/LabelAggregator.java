package io.transcheck.check;

import io.transcheck.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a sentence's support score and its findings into one label. Pure: the same inputs give
 * the same verdict; every threshold comes from {@link LabelSettings}.
 */
public final class LabelAggregator {
    public static final String NOT_A_CLAIM = "NOT_A_CLAIM";
    public static final String SUPPORT = "SUPPORT";
    public static final String WEAK_SUPPORT = "WEAK_SUPPORT";

    private final LabelSettings settings;

    public LabelAggregator(LabelSettings settings) {
        this.settings = settings;
    }

    /** Headings, boilerplate, courtesies and transitions: NOT_A_CLAIM whatever the transcript says. */
    public static Optional<Verdict> notAClaim(Sentence sentence) {
        if (!sentence.isClaim()) {
            String why = sentence.note() != null ? sentence.note() : sentence.kind().name().toLowerCase(Locale.ROOT);
            return Optional.of(new Verdict(Label.NOT_A_CLAIM, 0, List.of(new Finding(NOT_A_CLAIM, Finding.Severity.INFO, why))));
        }
        return NotAClaim.reason(sentence.content().text())
                .map(why -> new Verdict(Label.NOT_A_CLAIM, 0, List.of(new Finding(NOT_A_CLAIM, Finding.Severity.INFO, why))));
    }

    public Verdict aggregate(AlignedSentence s, List<Finding> findings) {
        Optional<Verdict> nac = notAClaim(s.sentence());
        if (nac.isPresent()) return nac.get();
        double support = s.support();
        List<Finding> all = new ArrayList<>();
        boolean invented = findings.stream().anyMatch(f -> f.severity() == Finding.Severity.INVENTED);
        if (!invented && support < settings.paraphraseSupport()) {
            all.add(new Finding(WEAK_SUPPORT, Finding.Severity.DRIFT, "only loosely related to " + s.refs()
                    + " (support " + pct(support) + "): “" + shorten(s.passageOriginal()) + "”"));
        }
        all.addAll(findings);
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
            all.add(0, new Finding(SUPPORT, Finding.Severity.INFO, "matches " + s.refs() + " (support " + pct(support) + ")"));
        }
        return new Verdict(label, support, all);
    }

    static String pct(double v) {
        return Math.round(v * 100) + "%";
    }

    static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
