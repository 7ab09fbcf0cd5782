package io.transcheck.job;

import io.transcheck.align.Transcript;
import io.transcheck.check.Label;
import io.transcheck.report.DocumentRow;
import io.transcheck.report.DocumentStatus;
import io.transcheck.report.ErrorRow;
import io.transcheck.report.ReportSet;
import io.transcheck.report.ReportWriter;
import io.transcheck.report.SentenceRow;
import io.transcheck.report.TranscriptView;
import io.transcheck.store.DocumentRecord;
import io.transcheck.store.ResultStore;
import io.transcheck.store.RunRecord;
import io.transcheck.text.Sentence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Last step: writes the four CSV files of the run and its review page, then points latest/ at them. */
class ReportTasklet implements Tasklet {
    private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);

    private final ResultStore store;
    private final RunContexts contexts;

    ReportTasklet(ResultStore store, RunContexts contexts) {
        this.store = store;
        this.contexts = contexts;
    }

    @Override public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        String runId = (String) chunk.getStepContext().getJobParameters().get(TranscheckJobConfiguration.RUN_ID);
        RunRecord run = store.run(runId).orElseThrow();
        RunContext ctx = contexts.get(runId);
        List<SentenceRow> sentences = store.sentences(runId);
        List<DocumentRow> documents = new ArrayList<>();
        Map<String, String> formats = store.formats(runId);
        Map<String, ResultStore.MatchEvidence> evidence = store.evidence(runId);
        for (DocumentRecord d : store.documents(runId, DocumentRecord.Role.EDITED)) {
            List<SentenceRow> rows = sentences.stream().filter(r -> r.docId().equals(d.docId())).toList();
            documents.add(documentRow(d, rows, ctx, formats.get(d.docId()), evidence.get(d.docId())));
        }
        List<ErrorRow> errors = store.errors(runId);
        ReportSet reports = new ReportSet(sentences, documents, errors, store.reviews(run.jobName()));
        Path jobDir = run.reportsDir().resolve(run.jobName());
        Path reviews = run.root().resolve(PrepareTasklet.REVIEWS_FOLDER).toAbsolutePath().normalize();
        Path dir = ReportWriter.write(jobDir, runId, reports, transcripts(ctx), reviews.toString());
        ReportWriter.publishLatest(jobDir, runId);
        contribution.incrementWriteCount(sentences.size());
        var jobContext = chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
        for (Label l : Label.values()) {
            if (l.flagged()) jobContext.putInt(RunLauncher.FLAGS_PREFIX + l.name(), (int) reports.flagged().stream().filter(r -> r.label() == l).count());
        }
        log.info("reports written to {} (latest: {}): {} sentences, {} flagged ({} invented, {} drift), {} input problem(s)",
                dir, jobDir.resolve(ReportWriter.LATEST), sentences.size(), reports.flagged().size(),
                reports.count(Label.INVENTED_CLAIM), reports.count(Label.PARAPHRASE_DRIFT), errors.size());
        contexts.release(runId);
        return RepeatStatus.FINISHED;
    }

    /** The run's transcripts, sentence by sentence, for the review page to show each passage in its context. */
    static TranscriptView transcripts(RunContext ctx) {
        Map<String, List<TranscriptView.Line>> lines = new HashMap<>();
        for (Transcript t : ctx.pipeline().library().transcripts()) {
            lines.put(t.id(), t.sentences().stream().map(s -> new TranscriptView.Line(s.lineNo(), s.speaker(), s.text())).toList());
        }
        return TranscriptView.of(lines);
    }

    static DocumentRow documentRow(DocumentRecord d, List<SentenceRow> rows, RunContext ctx, String format, ResultStore.MatchEvidence e) {
        Map<Label, Integer> counts = new EnumMap<>(Label.class);
        rows.forEach(r -> counts.merge(r.label(), 1, Integer::sum));
        DocumentStatus status = d.state().reported();
        int claims = (int) rows.stream().filter(r -> r.label() != Label.NOT_A_CLAIM).count();
        int supported = counts.getOrDefault(Label.FAITHFUL, 0) + counts.getOrDefault(Label.PARAPHRASE, 0);
        double coverage = 0;
        if (status == DocumentStatus.MATCHED && d.transcriptId() != null) {
            coverage = ctx.pipeline().library().byId(d.transcriptId()).map(t -> coverage(t, rows)).orElse(0.0);
        }
        return new DocumentRow(d.docId(), d.transcriptId(), status, rows.size(), claims, d.matchShare(),
                claims == 0 ? 0 : supported / (double) claims, coverage, counts, d.encoding(),
                d.state() == DocumentRecord.State.PENDING ? "not processed" : d.note(), format,
                e == null ? null : new DocumentRow.Closest(e.closestTranscript(), e.pointShare(), e.namesShare()));
    }

    /** Share of the transcript's lines that some supported sentence of the document aligns to. */
    static double coverage(Transcript t, List<SentenceRow> rows) {
        Set<Integer> lines = new TreeSet<>();
        for (Sentence s : t.sentences()) lines.add(s.lineNo());
        Set<Integer> covered = new HashSet<>();
        for (SentenceRow r : rows) {
            if (r.label() == Label.INVENTED_CLAIM || r.label() == Label.NOT_A_CLAIM || r.transcriptLines() == null) continue;
            for (int l = r.transcriptLines().first(); l <= r.transcriptLines().last(); l++) if (lines.contains(l)) covered.add(l);
        }
        return lines.isEmpty() ? 0 : covered.size() / (double) lines.size();
    }
}
