package io.transcheck.store;

import io.transcheck.report.DocumentStatus;

import java.nio.file.Path;

/**
 * A document of a run and, once checked, its outcome.
 *
 * @param sha256   hash of the file's bytes when it was registered, or null if it could not be read
 * @param setAside why the prepare step set the document aside (a duplicate), or null: it gets no partition
 */
public record DocumentRecord(String docId, Role role, int ordinal, Path path, State state,
                             String transcriptId, double matchShare, String encoding, String note, String sha256, String setAside) {

    /** What a document is to the run. */
    public enum Role { TRANSCRIPT, EDITED }

    /** Where a document is: PENDING until checked, then its outcome. */
    public enum State {
        PENDING, MATCHED, UNMATCHED, ERROR;

        /** As documents.csv shows it: a document never checked is an ERROR there. */
        public DocumentStatus reported() {
            return this == PENDING ? DocumentStatus.ERROR : DocumentStatus.valueOf(name());
        }

        public static State of(DocumentStatus status) {
            return valueOf(status.name());
        }
    }
}
