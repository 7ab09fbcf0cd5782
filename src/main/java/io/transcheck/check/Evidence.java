package io.transcheck.check;

import java.util.List;

/**
 * What is known about one claim before it is judged: the checks' findings and the features the
 * decision weighs (see {@link Features}).
 */
public record Evidence(List<Finding> findings, double[] features) {
    public Evidence {
        findings = List.copyOf(findings);
        if (features.length != Features.NAMES.size()) throw new IllegalArgumentException(features.length + " features");
    }
}
