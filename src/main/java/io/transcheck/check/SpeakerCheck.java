package io.transcheck.check;

import io.transcheck.align.AlignedSentence;
import io.transcheck.corpus.Role;
import java.util.List;
import java.util.Set;

/**
 * {@code SPEAKER_MISATTRIBUTION}: the article gives a sentence to one speaker (the guest) while in
 * the transcript the other (the host) says it. Only for a sentence that clearly corresponds to a
 * passage of a single speaker.
 */
public final class SpeakerCheck implements Check {
    public static final String ID = "SPEAKER_MISATTRIBUTION";

    private final double minSupport;

    /** @param minSupport the support from which the passage clearly is the sentence's source */
    public SpeakerCheck(double minSupport) {
        this.minSupport = minSupport;
    }

    @Override public String id() {
        return ID;
    }

    @Override public List<Finding> check(AlignedSentence s, TranscriptFacts facts) {
        Role role = s.sentence().role();
        if (role == null || s.alignment() == null || s.support() < minSupport) return List.of();
        Set<Role> roles = s.transcript().roles(s.alignment().span());
        if (roles.size() != 1 || roles.contains(role)) return List.of();
        String speaker = s.transcript().speaker(s.alignment().span());
        return List.of(drift("the article gives this to " + s.sentence().speaker() + " (" + role
                + "), but in the transcript " + speaker + " (" + roles.iterator().next() + ") says it (" + s.refs() + ")"));
    }
}
