package io.transcheck.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import io.transcheck.corpus.Role;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Application settings (application.yml, {@code --transcheck.*} on the command line).
 *
 * @param jobs             folder of job files run when no job is named
 * @param locks            folder of the per-job lock files (one run of a job at a time)
 * @param reports          folder the reports go to ({@code --reports=} overrides it)
 * @param threads          documents checked at once
 * @param chunkSize        sentences per committed chunk (the restart granularity)
 * @param maxSentenceChars longer runs without an end mark are split
 * @param speakers         speaker labels for jobs that name none (ad hoc runs)
 * @param embeddings       the sentence-embedding model
 * @param role             standalone (default), manager or worker: see RemotePartitioningConfiguration
 * @param remote           how a manager waits for its workers
 */
@ConfigurationProperties("transcheck")
public record TranscheckProperties(@DefaultValue("jobs") Path jobs,
                                   @DefaultValue("data/locks") Path locks,
                                   @DefaultValue("reports") Path reports,
                                   @DefaultValue("2") int threads,
                                   @DefaultValue("50") int chunkSize,
                                   @DefaultValue("300") int maxSentenceChars,
                                   Map<Role, List<String>> speakers,
                                   @DefaultValue Embeddings embeddings,
                                   @DefaultValue("standalone") String role,
                                   @DefaultValue Remote remote) {

    /**
     * @param pollMillis    how often the manager looks at the job repository for finished partitions
     * @param timeoutMillis after this long without all partitions finished the step fails; the same
     *                      command then resumes the run and re-sends the unfinished partitions
     */
    public record Remote(@DefaultValue("1000") long pollMillis, @DefaultValue("21600000") long timeoutMillis) {}

    /**
     * @param enabled off: alignment and scoring are lexical only (lower accuracy, no model load)
     * @param threads sentences embedded at once
     */
    public record Embeddings(@DefaultValue("true") boolean enabled, @DefaultValue("2") int threads) {}

    public TranscheckProperties {
        if (threads < 1) throw new IllegalArgumentException("transcheck.threads must be at least 1, was " + threads);
        if (chunkSize < 1) throw new IllegalArgumentException("transcheck.chunk-size must be at least 1, was " + chunkSize);
        speakers = speakers == null ? Map.of() : speakers;
        if (!List.of("standalone", "manager", "worker").contains(role)) {
            throw new IllegalArgumentException("transcheck.role must be standalone, manager or worker, was " + role);
        }
    }
}
