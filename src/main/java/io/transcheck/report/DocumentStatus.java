package io.transcheck.report;

/** Outcome for one edited document. */
public enum DocumentStatus {
    /** Aligned and checked against a transcript. */
    MATCHED,
    /** No transcript in the job covers it; its sentences are listed but not checked. */
    UNMATCHED,
    /** It could not be read; errors.csv says why. */
    ERROR
}
