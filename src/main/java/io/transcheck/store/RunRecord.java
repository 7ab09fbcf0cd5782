package io.transcheck.store;

import java.nio.file.Path;

/** A run as stored: which job, its definition as YAML, where its reports go. */
public record RunRecord(String runId, String jobName, Path source, Path root, boolean restricted,
                        String definition, Path reportsDir, State state, int attempts) {

    /** How a run ended, or that it has not: the states of a Spring Batch job execution, named the same. */
    public enum State { STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED, ABANDONED, UNKNOWN }
}
