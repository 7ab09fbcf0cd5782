package io.transcheck.store;

import java.nio.file.Path;

/**
 * A document of a run and, once checked, its outcome.
 *
 * @param role    TRANSCRIPT or EDITED
 * @param status  PENDING until checked, then MATCHED, UNMATCHED or ERROR
 * @param sha256  hash of the file's bytes when it was registered, or null if it could not be read
 * @param setAside why the prepare step set the document aside (a duplicate), or null: it gets no partition
 */
public record DocumentRecord(String docId, String role, int ordinal, Path path, String status,
                             String transcriptId, double matchShare, String encoding, String note, String sha256, String setAside) {
    public static final String TRANSCRIPT = "TRANSCRIPT";
    public static final String EDITED = "EDITED";
    public static final String PENDING = "PENDING";
}
