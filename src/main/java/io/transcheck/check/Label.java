package io.transcheck.check;

/** The verdict on one edited sentence (see DESIGN.md). Declared from least to most severe. */
public enum Label {
    NOT_A_CLAIM, FAITHFUL, PARAPHRASE, PARAPHRASE_DRIFT, INVENTED_CLAIM;

    /** Whether an editor must look at it. */
    public boolean flagged() {
        return this == PARAPHRASE_DRIFT || this == INVENTED_CLAIM;
    }
}
