package io.transcheck.check;

import io.transcheck.align.AlignedSentence;
import io.transcheck.align.Transcript;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The check stage: decides NOT_A_CLAIM first, runs every enabled check on the other claims of a
 * matched document, and aggregates the findings into a verdict.
 */
public final class Checks {
    private final List<Check> checks;
    private final LabelAggregator aggregator;
    private final Map<Transcript, TranscriptFacts> facts = new IdentityHashMap<>();

    /**
     * @param transcripts the library's transcripts, each of whose facts are computed once
     * @param aliases     names as the transcripts write them to other spellings articles use (from the job)
     * @param speakers    speaker labels of the job: names a transcript need not contain
     */
    public Checks(LabelSettings labels, CheckSettings enabled, List<Transcript> transcripts,
                  Map<String, List<String>> aliases, Set<String> speakers) {
        this.checks = standard(labels).stream().filter(c -> enabled.runs(c.id())).toList();
        this.aggregator = new LabelAggregator(labels);
        for (Transcript t : transcripts) facts.put(t, new TranscriptFacts(t, aliases, speakers));
    }

    /** The checks this build ships, in the order their findings are reported. */
    public static List<Check> standard(LabelSettings settings) {
        return List.of(new WeakSupportCheck(settings), new UnsupportedContentCheck(settings), new NumberMismatchCheck(),
                new NumberUnsupportedCheck(), new EntityCheck(), new QuoteCheck(settings.quoteVerbatim()),
                new CertaintyCheck(settings.correspondSupport()), new NegationCheck(settings.closeWording(), settings.paraphraseSupport()),
                new SpeakerCheck(settings.correspondSupport()));
    }

    /** The ids of the checks this build ships. */
    public static Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        for (Check c : standard(LabelSettings.defaults())) ids.add(c.id());
        return ids;
    }

    public Verdict verdict(AlignedSentence s) {
        Optional<Verdict> notAClaim = LabelAggregator.notAClaim(s.sentence());
        if (notAClaim.isPresent()) return notAClaim.get();
        if (!s.matched()) return LabelAggregator.unmatched();
        TranscriptFacts f = facts.get(s.transcript());
        if (f == null) throw new IllegalArgumentException(s.transcript().id() + " is not a transcript of this run");
        List<Finding> findings = new ArrayList<>();
        for (Check c : checks) {
            for (Finding finding : c.check(s, f)) {
                if (!finding.checkId().equals(c.id())) throw new IllegalStateException(c.getClass().getSimpleName() + " reported " + finding.checkId());
                findings.add(finding);
            }
        }
        return aggregator.aggregate(s, findings);
    }
}
