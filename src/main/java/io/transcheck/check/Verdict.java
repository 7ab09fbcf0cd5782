package io.transcheck.check;

import java.util.List;
import java.util.stream.Collectors;

/** The label of one sentence, its support score and the findings behind it. */
public record Verdict(Label label, double score, List<Finding> findings) {
    public Verdict {
        if (label == null) throw new IllegalArgumentException("no label");
        if (!(score >= 0 && score <= 1.0000001)) throw new IllegalArgumentException("score " + score);
        findings = List.copyOf(findings);
    }

    /** The reasons column: `CHECK_ID: message` items separated by ` | `. */
    public String reasons() {
        return findings.stream().map(Finding::toString).collect(Collectors.joining(" | "));
    }
}
