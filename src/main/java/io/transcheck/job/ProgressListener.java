package io.transcheck.job;

import io.transcheck.report.SentenceRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/** Logs sentences done / total per document as chunks commit, and documents done / total per run. */
class ProgressListener implements ItemWriteListener<SentenceRow>, StepExecutionListener {
    private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);

    private final RunContexts contexts;
    private final String runId;
    private final String docId;
    private final DocumentItemReader reader;
    private final boolean remote;
    private int written;

    ProgressListener(RunContexts contexts, String runId, String docId, DocumentItemReader reader, boolean remote) {
        this.remote = remote;
        this.contexts = contexts;
        this.runId = runId;
        this.docId = docId;
        this.reader = reader;
    }

    @Override public void beforeStep(StepExecution stepExecution) {
        written = stepExecution.getExecutionContext().getInt(DocumentItemReader.NEXT, 0);
    }

    @Override public void afterWrite(Chunk<? extends SentenceRow> items) {
        written += items.size();
        log.info("{}: {}/{} sentences checked", docId, written, reader.size());
    }

    @Override public ExitStatus afterStep(StepExecution stepExecution) {
        RunContext run = contexts.get(runId);
        int done = run.documentsDone().incrementAndGet();
        log.info("documents: {}/{} done{} ({} {})", done, run.documents(), remote ? " in this worker" : "", docId, stepExecution.getStatus());
        return stepExecution.getExitStatus();
    }
}
