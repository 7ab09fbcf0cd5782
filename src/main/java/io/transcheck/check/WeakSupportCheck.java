package io.transcheck.check;

import io.transcheck.align.AlignedSentence;

import java.util.List;

/**
 * {@code WEAK_SUPPORT}: the sentence is only loosely related to its closest passage (support below
 * {@code paraphraseSupport}), yet not so unsupported that nothing in the transcript says it (that is
 * {@link UnsupportedContentCheck}).
 */
public final class WeakSupportCheck implements Check {
    public static final String ID = "WEAK_SUPPORT";

    private final LabelSettings settings;

    public WeakSupportCheck(LabelSettings settings) {
        this.settings = settings;
    }

    @Override public String id() {
        return ID;
    }

    @Override public List<Finding> check(AlignedSentence s, TranscriptFacts facts) {
        if (s.support() >= settings.paraphraseSupport() || UnsupportedContentCheck.applies(s, settings)) return List.of();
        return List.of(explain(s));
    }

    /** What to tell an editor about a claim judged to drift when no check names a change: how loosely it matches its passage. */
    Finding explain(AlignedSentence s) {
        return drift("only loosely related to " + s.refs() + " (support " + Messages.pct(s.support()) + "): “"
                + Messages.shorten(s.passageOriginal()) + "”");
    }
}
