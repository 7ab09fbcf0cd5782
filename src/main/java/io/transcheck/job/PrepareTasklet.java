package io.transcheck.job;

import io.transcheck.corpus.DocumentReader;
import io.transcheck.corpus.InputProblem;
import io.transcheck.corpus.JobDefinition;
import io.transcheck.corpus.JobDefinitionLoader;
import io.transcheck.corpus.JobFiles;
import io.transcheck.pipeline.Settings;
import io.transcheck.report.ErrorRow;
import io.transcheck.report.Review;
import io.transcheck.report.ReviewFile;
import io.transcheck.store.DocumentRecord;
import io.transcheck.store.ResultStore;
import io.transcheck.store.RunRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step 1: expands the job's paths and globs into the run's document list, sets aside duplicate
 * uploads, and imports reviewers' decisions from the job's {@code reviews/} folder (and from
 * {@code --import-reviews=FILE}). Path problems and review-file problems go to errors.csv.
 */
class PrepareTasklet implements Tasklet {
    private static final Logger log = LoggerFactory.getLogger(PrepareTasklet.class);
    static final String REVIEWS_FOLDER = "reviews";

    private final ResultStore store;
    private final DatabaseRecovery recovery;

    /** @param recovery what start-up did about a damaged database: said once in each job's errors.csv */
    PrepareTasklet(ResultStore store, DatabaseRecovery recovery) {
        this.store = store;
        this.recovery = recovery;
    }

    @Override public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        Map<String, Object> params = chunk.getStepContext().getJobParameters();
        String runId = (String) params.get(TranscheckJobConfiguration.RUN_ID);
        RunRecord run = store.run(runId).orElseThrow();
        JobDefinition def = new JobDefinitionLoader(Settings.names()).parse(run.definition(), run.source(), run.root(), run.restricted());
        JobFiles.Resolved files = JobFiles.resolve(def);
        List<DocumentRecord> docs = new ArrayList<>();
        List<ErrorRow> problems = new ArrayList<>(files.problems().stream().map(pr -> ErrorRow.of("", pr)).toList());
        Set<String> ids = new HashSet<>();
        Map<String, String> firstWithHash = new HashMap<>();
        int ordinal = 0;
        for (Path p : files.transcripts()) docs.add(record(docIdOf(p, def.root(), ids), DocumentRecord.Role.TRANSCRIPT, ordinal++, p, sha256(p)));
        for (Path p : files.edited()) {
            String id = docIdOf(p, def.root(), ids);
            String sha = sha256(p);
            String first = sha == null ? null : firstWithHash.putIfAbsent(sha, id);
            if (first != null) {
                problems.add(ErrorRow.of(id, InputProblem.error(p.toString(), 0, "same content as " + first + "; checked once, under " + first,
                        "remove one of the two copies")));
                docs.add(new DocumentRecord(id, DocumentRecord.Role.EDITED, ordinal++, p, DocumentRecord.State.ERROR, null, 0, null,
                        "duplicate of " + first, sha, "duplicate of " + first));
            } else {
                docs.add(record(id, DocumentRecord.Role.EDITED, ordinal++, p, sha));
            }
        }
        store.registerDocuments(runId, docs);
        problems.addAll(recovery.rowsFor(def.name()));
        problems.addAll(importReviews(def, run, docs, (String) params.get(TranscheckJobConfiguration.IMPORT_REVIEWS)));
        store.replaceErrors(runId, "job", problems);
        log.info("job {}: {} transcript(s), {} edited document(s){}", def.name(), files.transcripts().size(), files.edited().size(),
                problems.isEmpty() ? "" : ", " + problems.size() + " problem(s) in errors.csv");
        contribution.incrementWriteCount(docs.size());
        return RepeatStatus.FINISHED;
    }

    /** Decisions from every CSV in the job's reviews/ folder, oldest file first, then the file named on the command line. */
    private List<ErrorRow> importReviews(JobDefinition def, RunRecord run, List<DocumentRecord> docs, String extra) throws IOException {
        List<Path> files = new ArrayList<>();
        Path folder = def.root().resolve(REVIEWS_FOLDER);
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "*.csv")) {
                ds.forEach(files::add);
            }
            files.sort((a, b) -> {
                try {
                    int c = Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b));
                    return c != 0 ? c : a.compareTo(b);
                } catch (IOException e) {
                    return a.compareTo(b);
                }
            });
        }
        if (extra != null && !extra.isBlank()) files.add(Path.of(extra));
        Set<String> docIds = new HashSet<>();
        docs.forEach(d -> docIds.add(d.docId()));
        List<ErrorRow> problems = new ArrayList<>();
        int imported = 0;
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                problems.add(ErrorRow.of("", InputProblem.error(f.toString(), 0, "the review file does not exist", "check the path given to --import-reviews")));
                continue;
            }
            ReviewFile.Result r = ReviewFile.read(f);
            List<Review> mine = r.reviews().stream().filter(v -> docIds.contains(v.docId())).toList();
            store.saveReviews(run.jobName(), mine, f.toString());
            imported += mine.size();
            r.problems().forEach(p -> problems.add(ErrorRow.of("", p)));
        }
        if (!files.isEmpty()) log.info("job {}: {} review decision(s) imported from {} file(s)", run.jobName(), imported, files.size());
        return problems;
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

    private static String sha256(Path p) {
        try {
            return Files.isRegularFile(p) && Files.size(p) <= DocumentReader.MAX_BYTES ? DocumentReader.sha256(Files.readAllBytes(p)) : null;
        } catch (IOException e) {
            return null;   // the read of the document reports why
        }
    }

    private static DocumentRecord record(String id, DocumentRecord.Role role, int ordinal, Path p, String sha) {
        return new DocumentRecord(id, role, ordinal, p, DocumentRecord.State.PENDING, null, 0, null, null, sha, null);
    }
}
