package io.transcheck.job;

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

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Starts a run of a job definition and waits for it. */
public class RunLauncher {
    private static final Logger log = LoggerFactory.getLogger(RunLauncher.class);
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final JobOperator operator;
    private final Job job;
    private final ResultStore store;

    public RunLauncher(JobOperator operator, Job job, ResultStore store) {
        this.operator = operator;
        this.job = job;
        this.store = store;
    }

    /** The outcome of one run: where its reports are and whether it completed. */
    public record Outcome(String runId, Path reports, BatchStatus status) {
        public boolean completed() {
            return status == BatchStatus.COMPLETED;
        }
    }

    public Outcome run(JobDefinition def, Path reportsDir) throws Exception {
        String runId = newRunId();
        store.createRun(new RunRecord(runId, def.name(), def.source(), def.root(), def.restricted(),
                JobDefinitionLoader.toYaml(def), reportsDir.toAbsolutePath().normalize(), "STARTED"));
        JobParameters params = new JobParametersBuilder()
                .addString(TranscheckJobConfiguration.RUN_ID, runId)
                .addString(TranscheckJobConfiguration.JOB_NAME, def.name())
                .toJobParameters();
        log.info("job {} ({}): run {} starting", def.name(), def.origin(), runId);
        JobExecution execution = operator.start(job, params);
        store.setRunStatus(runId, execution.getStatus().name());
        Path reports = reportsDir.resolve(def.name()).resolve(runId);
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            log.info("job {}: run {} completed; reports in {}", def.name(), runId, reports);
        } else {
            log.error("job {}: run {} ended {}: {}", def.name(), runId, execution.getStatus(), execution.getAllFailureExceptions());
        }
        return new Outcome(runId, reports, execution.getStatus());
    }

    private synchronized String newRunId() {
        String base = LocalDateTime.now().format(RUN_ID);
        String id = base;
        for (int n = 2; store.runExists(id); n++) id = base + "-" + n;
        return id;
    }
}
