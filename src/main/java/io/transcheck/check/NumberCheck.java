package io.transcheck.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers and quantities: a figure in the article that differs from the one in the aligned
 * passage ({@code NUMBER_MISMATCH}), or that the transcript does not give at all
 * ({@code NUMBER_UNSUPPORTED}). A figure found elsewhere in the transcript is not flagged: the
 * article may have merged passages.
 */
public final class NumberCheck implements Check {
    public static final String MISMATCH = "NUMBER_MISMATCH";
    public static final String UNSUPPORTED = "NUMBER_UNSUPPORTED";

    @Override public String id() {
        return "NUMBER";
    }

    @Override public List<Finding> check(AlignedSentence s) {
        List<Quantity> edited = Quantities.of(s.edited());
        if (edited.isEmpty()) return List.of();
        List<Quantity> passage = Quantities.of(s.passage());
        List<Quantity> anywhere = s.facts().quantities();
        List<Finding> findings = new ArrayList<>();
        for (Quantity q : edited) {
            if (passage.stream().anyMatch(p -> p.comparable(q) && p.agrees(q))) continue;
            if (anywhere.stream().anyMatch(p -> p.comparable(q) && p.agrees(q))) continue;
            Quantity other = passage.stream().filter(p -> p.comparable(q) && !p.unit().isEmpty() && p.unit().equals(q.unit()))
                    .findFirst().orElse(null);
            if (other != null) {
                findings.add(new Finding(MISMATCH, Finding.Severity.DRIFT,
                        "says “" + q.surface() + "” where the transcript says “" + other.surface() + "” (" + s.refs() + ")"));
            } else {
                findings.add(new Finding(UNSUPPORTED, Finding.Severity.DRIFT,
                        "the figure “" + q.surface() + "” appears nowhere in the transcript"));
            }
        }
        return findings;
    }
}
