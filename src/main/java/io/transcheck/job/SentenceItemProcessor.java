package io.transcheck.job;

import io.transcheck.report.SentenceRow;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Runs the checks on one aligned sentence and makes its report row. */
class SentenceItemProcessor implements ItemProcessor<SentenceTask, SentenceRow> {
    private final RunContexts contexts;
    private final String runId;

    SentenceItemProcessor(RunContexts contexts, String runId) {
        this.contexts = contexts;
        this.runId = runId;
    }

    @Override public SentenceRow process(SentenceTask task) {
        return contexts.get(runId).pipeline().check(task.docId(), task.sentence(), task.alignment(), task.context(), task.transcript());
    }
}
