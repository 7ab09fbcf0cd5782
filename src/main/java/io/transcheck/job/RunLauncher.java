package io.transcheck.job;

import io.transcheck.check.Label;
import io.transcheck.corpus.JobDefinition;
import io.transcheck.corpus.JobDefinitionLoader;
import io.transcheck.store.ResultStore;
import io.transcheck.store.RunRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;

/**
 * Starts a run of a job and waits for it, one run per job at a time ({@link JobLock}). If the job's
 * latest run did not complete (the process was killed, the machine went down, a step failed), the
 * same command resumes it from its last committed chunk instead of starting over; a run is resumed
 * once, so a run that fails again is not retried forever.
 */
public class RunLauncher {
    private static final Logger log = LoggerFactory.getLogger(RunLauncher.class);
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    static final String FLAGS_PREFIX = "flags.";
    private static final int MAX_ATTEMPTS = 2;

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;
    private final ResultStore store;
    private final Path lockDir;
    private final DatabaseBackup backup;

    public RunLauncher(JobOperator operator, JobRepository repository, Job job, ResultStore store, Path lockDir) {
        this(operator, repository, job, store, lockDir, null);
    }

    /** @param backup keeps a verified copy of the database after each complete run, or null */
    public RunLauncher(JobOperator operator, JobRepository repository, Job job, ResultStore store, Path lockDir, DatabaseBackup backup) {
        this.operator = operator;
        this.repository = repository;
        this.job = job;
        this.store = store;
        this.lockDir = lockDir;
        this.backup = backup;
    }

    /**
     * How to run.
     *
     * @param full          re-check unchanged documents too
     * @param importReviews a reviewed flagged.csv to import first, or null
     */
    public record Options(boolean full, Path importReviews) {
        public static final Options DEFAULT = new Options(false, null);
    }

    /** The outcome of one run: where its reports are, whether it completed, and its flags after review. */
    public record Outcome(String runId, Path reports, BatchStatus status, Map<Label, Integer> flags) {
        public boolean completed() {
            return status == BatchStatus.COMPLETED;
        }
    }

    public Outcome run(JobDefinition def, Path reportsDir, Options options) throws Exception {
        try (JobLock lock = lock(def, reportsDir)) {
            return runLocked(def, reportsDir, options);
        } catch (RuntimeException e) {
            if (backup != null) backup.noteIfDamaged(e);
            throw e;
        }
    }

    private Outcome runLocked(JobDefinition def, Path reportsDir, Options options) throws Exception {
        JobExecution execution = resumeOrStart(def, reportsDir, options);
        String runId = execution.getJobParameters().getString(TranscheckJobConfiguration.RUN_ID);
        store.setRunState(runId, RunRecord.State.valueOf(execution.getStatus().name()));
        Path reports = store.run(runId).orElseThrow().reportsDir().resolve(def.name()).resolve(runId);
        Map<Label, Integer> flags = new EnumMap<>(Label.class);
        for (Label l : Label.values()) {
            if (l.flagged()) flags.put(l, execution.getExecutionContext().getInt(FLAGS_PREFIX + l.name(), 0));
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            log.info("job {}: run {} completed; reports in {}", def.name(), runId, reports);
            if (backup != null) backup.afterCompleteRun(runId, def.name());
        } else {
            log.error("job {}: run {} ended {}: {}", def.name(), runId, execution.getStatus(), execution.getAllFailureExceptions());
            if (backup != null) execution.getAllFailureExceptions().forEach(backup::noteIfDamaged);
        }
        return new Outcome(runId, reports, execution.getStatus(), flags);
    }

    /**
     * A job file's runs are one job wherever their reports go; an ad hoc run (no job file) is
     * identified by its reports folder, so two ad hoc runs into different folders share nothing.
     */
    private JobLock lock(JobDefinition def, Path reportsDir) throws JobLock.AlreadyRunningException {
        if (def.source() != null) return JobLock.acquire(lockDir, def.name());
        Path folder = adHocFolder(def, reportsDir);
        String key = io.transcheck.corpus.DocumentReader.sha256(folder.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
        return JobLock.acquire(lockDir, "adhoc-" + key, "an ad hoc run into " + folder);
    }

    private static Path adHocFolder(JobDefinition def, Path reportsDir) {
        return reportsDir.toAbsolutePath().normalize().resolve(def.name());
    }

    private JobExecution resumeOrStart(JobDefinition def, Path reportsDir, Options options) throws Exception {
        var unfinished = def.source() != null ? store.unfinishedRun(def.name())
                : store.unfinishedRun(def.name(), reportsDir.toAbsolutePath().normalize());
        if (unfinished.isPresent() && unfinished.get().attempts() < MAX_ATTEMPTS) {
            RunRecord run = unfinished.get();
            JobExecution last = repository.getLastJobExecution(TranscheckJobConfiguration.JOB, params(run.runId(), def.name(), options));
            if (last != null && last.getStatus() != BatchStatus.COMPLETED) {
                // its process died, or its manager gave up on partitions no worker ran: mark what still looks running failed
                if (last.getStatus().isRunning() || last.getStepExecutions().stream().anyMatch(s -> s.getStatus().isRunning())) {
                    last = operator.recover(last);
                }
                store.countAttempt(run.runId());
                log.info("job {}: resuming run {} ({} was {} at {})", def.name(), run.runId(), run.runId(), last.getStatus(), last.getLastUpdated());
                return operator.restart(last);
            }
        }
        if (unfinished.isPresent()) {
            log.warn("job {}: run {} failed again after being resumed; starting a new run", def.name(), unfinished.get().runId());
            store.setRunState(unfinished.get().runId(), RunRecord.State.ABANDONED);
        }
        String runId = newRunId();
        store.createRun(new RunRecord(runId, def.name(), def.source(), def.root(), def.restricted(),
                JobDefinitionLoader.toYaml(def), reportsDir.toAbsolutePath().normalize(), RunRecord.State.STARTED, 1));
        log.info("job {} ({}): run {} starting", def.name(), def.origin(), runId);
        return operator.start(job, params(runId, def.name(), options));
    }

    private static JobParameters params(String runId, String jobName, Options options) {
        JobParametersBuilder b = new JobParametersBuilder()
                .addString(TranscheckJobConfiguration.RUN_ID, runId)
                .addString(TranscheckJobConfiguration.JOB_NAME, jobName)
                .addString(TranscheckJobConfiguration.FULL, Boolean.toString(options.full()), false);
        if (options.importReviews() != null) {
            b.addString(TranscheckJobConfiguration.IMPORT_REVIEWS, options.importReviews().toAbsolutePath().toString(), false);
        }
        return b.toJobParameters();
    }

    private synchronized String newRunId() {
        String base = LocalDateTime.now().format(RUN_ID);
        String id = base;
        for (int n = 2; store.runExists(id); n++) id = base + "-" + n;
        return id;
    }
}
