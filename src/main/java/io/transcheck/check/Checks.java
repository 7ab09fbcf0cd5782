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
 * The check stage: decides NOT_A_CLAIM first; for the other claims of a matched document runs every
 * enabled check, weighs their findings with the rest of the evidence ({@link Decision}) and turns
 * the outcome into a verdict ({@link LabelAggregator}).
 */
public final class Checks {
    private final List<Check> checks;
    private final LabelAggregator aggregator;
    private final java.util.function.Supplier<Decision> decision;
    private final Map<Transcript, TranscriptFacts> facts = new IdentityHashMap<>();

    /**
     * @param decision    the decision model, asked for when the first verdict is made (evidence alone needs none)
     * @param transcripts the library's transcripts, each of whose facts are computed once
     * @param aliases     names as the transcripts write them to other spellings articles use (from the job)
     * @param speakers    speaker labels of the job: names a transcript need not contain
     */
    public Checks(LabelSettings labels, CheckSettings enabled, java.util.function.Supplier<Decision> decision, List<Transcript> transcripts,
                  Map<String, List<String>> aliases, Set<String> speakers) {
        this.checks = standard(labels).stream().filter(c -> enabled.runs(c.id())).toList();
        this.aggregator = new LabelAggregator(labels);
        this.decision = memoize(decision);
        for (Transcript t : transcripts) facts.put(t, new TranscriptFacts(t, aliases, speakers));
    }

    /** The checks this build ships, in the order their findings are reported. */
    public static List<Check> standard(LabelSettings settings) {
        return List.of(new WeakSupportCheck(settings), new UnsupportedContentCheck(settings), new NumberMismatchCheck(),
                new NumberUnsupportedCheck(), new EntityCheck(), new QuoteCheck(settings.quoteVerbatim()),
                new CertaintyCheck(settings.correspondSupport()), new ScopeCheck(settings.paraphraseSupport()),
                new NegationCheck(settings.closeWording(), settings.paraphraseSupport()),
                new SpeakerCheck(settings.correspondSupport()));
    }

    /** The ids of the checks this build ships. */
    public static Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        for (Check c : standard(LabelSettings.defaults())) ids.add(c.id());
        return ids;
    }

    public Verdict verdict(AlignedSentence s) {
        return verdict(s, decision.get());
    }

    private static java.util.function.Supplier<Decision> memoize(java.util.function.Supplier<Decision> s) {
        Decision[] made = new Decision[1];
        return () -> {
            synchronized (made) {
                if (made[0] == null) made[0] = s.get();
                return made[0];
            }
        };
    }

    /** The verdict with another decision model (cross-validation weighs the same evidence with models fitted without it). */
    public Verdict verdict(AlignedSentence s, Decision with) {
        return verdict(s, judged(s) ? evidence(s) : null, with);
    }

    /** The verdict from evidence computed before ({@link #evidence}; null for a sentence that is not {@link #judged}). */
    public Verdict verdict(AlignedSentence s, Evidence evidence, Decision with) {
        Optional<Verdict> notAClaim = LabelAggregator.notAClaim(s.sentence());
        if (notAClaim.isPresent()) return notAClaim.get();
        if (!s.matched()) return LabelAggregator.unmatched();
        return aggregator.aggregate(s, evidence, with.probabilities(evidence), facts(s));
    }

    /** Whether a sentence is judged: a claim of a matched document (the rest is NOT_A_CLAIM or UNMATCHED before any check). */
    public static boolean judged(AlignedSentence s) {
        return s.matched() && LabelAggregator.notAClaim(s.sentence()).isEmpty();
    }

    /** The findings and features of a claim of a matched document. */
    public Evidence evidence(AlignedSentence s) {
        TranscriptFacts f = facts(s);
        List<Finding> findings = new ArrayList<>();
        for (Check c : checks) {
            for (Finding finding : c.check(s, f)) {
                if (!finding.checkId().equals(c.id())) throw new IllegalStateException(c.getClass().getSimpleName() + " reported " + finding.checkId());
                findings.add(finding);
            }
        }
        return new Evidence(findings, Features.of(s, checks, findings, f));
    }

    private TranscriptFacts facts(AlignedSentence s) {
        TranscriptFacts f = facts.get(s.transcript());
        if (f == null) throw new IllegalArgumentException(s.transcript().id() + " is not a transcript of this run");
        return f;
    }
}
