package io.transcheck.check;

/**
 * What a check found in one sentence.
 *
 * @param checkId  the check's stable id (`NUMBER_MISMATCH`)
 * @param severity how far it moves the label
 * @param message  plain words that quote the evidence, for the reasons column
 */
public record Finding(String checkId, Severity severity, String message) {

    public enum Severity {
        /** Context for the reader; does not change the label. */
        INFO,
        /** The sentence changes what the passage says. */
        DRIFT,
        /** The sentence asserts something the transcript has nowhere. */
        INVENTED
    }

    public Finding {
        if (checkId == null || !checkId.matches("[A-Z][A-Z_]*")) throw new IllegalArgumentException("check id " + checkId);
        if (severity == null || message == null || message.isBlank()) throw new IllegalArgumentException("incomplete finding " + checkId);
    }

    @Override public String toString() {
        return checkId + ": " + message;
    }
}
