package io.transcheck.store;

import java.nio.file.Path;

/** A run as stored: which job, its definition as YAML, where its reports go. */
public record RunRecord(String runId, String jobName, Path source, Path root, boolean restricted,
                        String definition, Path reportsDir, String status, int attempts) {}
