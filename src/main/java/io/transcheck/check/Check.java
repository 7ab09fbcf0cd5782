package io.transcheck.check;

import io.transcheck.align.AlignedSentence;

import java.util.List;

/**
 * One independent check. Implementations are pure, stateless and thread-safe, and report findings
 * under their own id only (the helpers below make such findings).
 */
public interface Check {
    /** Stable id, A-Z and _, never renamed: it appears in configuration, reasons and logs. */
    String id();

    /**
     * The findings on a claim of a matched document.
     *
     * @param sentence the claim with its passage (the alignment may be null: no passage shares its wording)
     * @param facts    what is known about the document's whole transcript
     */
    List<Finding> check(AlignedSentence sentence, TranscriptFacts facts);

    /**
     * What this check measures for the decision besides its findings, by name (the decision weighs
     * them whether or not the check found enough to report): none unless the check says so.
     */
    default List<String> measures() {
        return List.of();
    }

    /** The values of {@link #measures()} for a claim (0 means "nothing of the kind"). */
    default double[] measure(AlignedSentence sentence, TranscriptFacts facts) {
        return new double[0];
    }

    /** A finding that the sentence changes what its passage says. */
    default Finding drift(String message) {
        return new Finding(id(), Finding.Severity.DRIFT, message);
    }

    /** A finding that the sentence asserts what the transcript has nowhere. */
    default Finding invented(String message) {
        return new Finding(id(), Finding.Severity.INVENTED, message);
    }
}
