package io.transcheck.job;

import io.transcheck.corpus.JobDefinitionLoader;
import io.transcheck.corpus.JobFiles;
import io.transcheck.pipeline.Settings;
import io.transcheck.report.ErrorRow;
import io.transcheck.store.DocumentRecord;
import io.transcheck.store.ResultStore;
import io.transcheck.store.RunRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Step 1: expands the job's paths and globs into the run's document list; path problems go to errors.csv. */
class PrepareTasklet implements Tasklet {
    private static final Logger log = LoggerFactory.getLogger(PrepareTasklet.class);

    private final ResultStore store;

    PrepareTasklet(ResultStore store) {
        this.store = store;
    }

    @Override public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        String runId = (String) chunk.getStepContext().getJobParameters().get(TranscheckJobConfiguration.RUN_ID);
        RunRecord run = store.run(runId).orElseThrow();
        var def = new JobDefinitionLoader(Settings.names()).parse(run.definition(), run.source(), run.root(), run.restricted());
        JobFiles.Resolved files = JobFiles.resolve(def);
        List<DocumentRecord> docs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int ordinal = 0;
        for (Path p : files.transcripts()) docs.add(record(docIdOf(p, def.root(), ids), DocumentRecord.TRANSCRIPT, ordinal++, p));
        for (Path p : files.edited()) docs.add(record(docIdOf(p, def.root(), ids), DocumentRecord.EDITED, ordinal++, p));
        store.registerDocuments(runId, docs);
        store.replaceErrors(runId, "job", files.problems().stream().map(pr -> ErrorRow.of("", pr)).toList());
        log.info("job {}: {} transcript(s), {} edited document(s){}", def.name(), files.transcripts().size(), files.edited().size(),
                files.problems().isEmpty() ? "" : ", " + files.problems().size() + " path problem(s) in errors.csv");
        contribution.incrementWriteCount(docs.size());
        return RepeatStatus.FINISHED;
    }

    /** The file name; where two files share a name, the path relative to the job's root. */
    static String docIdOf(Path p, Path root, Set<String> taken) {
        String id = p.getFileName().toString();
        if (!taken.add(id)) {
            id = p.startsWith(root) ? root.relativize(p).toString().replace('\\', '/') : p.toString();
            int n = 2;
            String base = id;
            while (!taken.add(id)) id = base + " (" + n++ + ")";
        }
        return id;
    }

    private static DocumentRecord record(String id, String role, int ordinal, Path p) {
        return new DocumentRecord(id, role, ordinal, p, DocumentRecord.PENDING, null, 0, null, null);
    }
}
