package io.transcheck.check;

import io.transcheck.text.Sentence;

import java.util.ArrayList;
import java.util.List;

/** Runs every check on a sentence and aggregates the findings into a verdict. */
public final class Checks {
    public static final String UNMATCHED = "UNMATCHED";

    private final List<Check> checks;
    private final LabelAggregator aggregator;

    public Checks(List<Check> checks, LabelSettings settings) {
        this.checks = List.copyOf(checks);
        this.aggregator = new LabelAggregator(settings);
    }

    /** The checks this build ships, in the order their findings are reported. */
    public static List<Check> standard(LabelSettings settings) {
        return List.of(new UnsupportedContentCheck(settings), new NumberCheck(), new EntityCheck(),
                new QuoteCheck(settings.quoteVerbatim()), new CertaintyCheck(settings.correspondSupport()), new NegationCheck(settings.closeWording(), settings.paraphraseSupport()),
                new SpeakerCheck(settings.correspondSupport()));
    }

    /** For a document no transcript covers: listed, not checked. */
    public Verdict unmatched(Sentence s) {
        return LabelAggregator.notAClaim(s).orElseGet(() -> new Verdict(Label.NOT_A_CLAIM, 0, List.of(new Finding(UNMATCHED,
                Finding.Severity.INFO, "no transcript in this job covers this document; the sentence was not checked"))));
    }

    public Verdict verdict(AlignedSentence s) {
        List<Finding> findings = new ArrayList<>();
        if (s.sentence().isClaim() && s.alignment() != null) {
            for (Check c : checks) findings.addAll(c.check(s));
        }
        return aggregator.aggregate(s, findings);
    }
}
