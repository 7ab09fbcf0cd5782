package io.transcheck.job;

import io.transcheck.align.AlignedSentence;
import io.transcheck.report.SentenceRow;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Runs the checks on one aligned sentence of the partition's document and makes its report row. */
class SentenceItemProcessor implements ItemProcessor<AlignedSentence, SentenceRow> {
    private final RunContexts contexts;
    private final String runId;
    private final String docId;

    SentenceItemProcessor(RunContexts contexts, String runId, String docId) {
        this.contexts = contexts;
        this.runId = runId;
        this.docId = docId;
    }

    @Override public SentenceRow process(AlignedSentence sentence) {
        return contexts.get(runId).pipeline().check(docId, sentence);
    }
}
