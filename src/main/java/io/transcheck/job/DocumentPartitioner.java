package io.transcheck.job;

import io.transcheck.store.DocumentRecord;
import io.transcheck.store.ResultStore;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One partition per edited document, named after its position so that names stay stable across restarts. */
class DocumentPartitioner implements Partitioner {
    static final String DOC_ID = "doc.id";

    private final ResultStore store;
    private final String runId;

    DocumentPartitioner(ResultStore store, String runId) {
        this.store = store;
        this.runId = runId;
    }

    @Override public Map<String, ExecutionContext> partition(int gridSize) {
        List<DocumentRecord> docs = store.documents(runId, DocumentRecord.Role.EDITED);
        Map<String, ExecutionContext> out = new LinkedHashMap<>();
        for (DocumentRecord d : docs) {
            // not by status: a restart partitions again, and a document checked halfway is no longer PENDING
            if (d.setAside() != null) continue;
            ExecutionContext ctx = new ExecutionContext();
            ctx.putString(DOC_ID, d.docId());
            out.put(String.format("document-%05d", d.ordinal()), ctx);
        }
        return out;
    }
}
