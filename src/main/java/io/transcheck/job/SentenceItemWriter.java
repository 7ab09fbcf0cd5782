package io.transcheck.job;

import io.transcheck.report.SentenceRow;
import io.transcheck.store.ResultStore;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stores a chunk of sentence results in the chunk's transaction. */
class SentenceItemWriter implements ItemWriter<SentenceRow> {
    private final ResultStore store;
    private final String runId;

    SentenceItemWriter(ResultStore store, String runId) {
        this.store = store;
        this.runId = runId;
    }

    @Override public void write(Chunk<? extends SentenceRow> chunk) {
        store.saveSentences(runId, chunk.getItems());
    }
}
