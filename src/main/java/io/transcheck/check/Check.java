package io.transcheck.check;

import java.util.List;

/** One independent check. Implementations are pure, stateless and thread-safe. */
public interface Check {
    /** Stable id, A-Z and _, never renamed: it appears in configuration, reasons and logs. */
    String id();

    List<Finding> check(AlignedSentence sentence);
}
