package io.transcheck.job;

import io.transcheck.align.AlignedSentence;
import io.transcheck.align.DocumentAlignment;
import io.transcheck.align.Match;
import io.transcheck.corpus.DocumentReader;
import io.transcheck.corpus.InputException;
import io.transcheck.corpus.InputProblem;
import io.transcheck.corpus.SourceDocument;
import io.transcheck.report.ErrorRow;
import io.transcheck.store.DocumentRecord;
import io.transcheck.store.ResultStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.util.List;

/**
 * Reads one edited document (the partition's) and hands out its sentences, aligned. Opening does
 * the document-level work: decode, segment, match to a transcript, align. A document that cannot
 * be read is recorded as ERROR with its reason and yields nothing; the other partitions go on.
 * The position is saved with each chunk, so a restart resumes after the last committed sentence.
 */
class DocumentItemReader implements ItemStreamReader<AlignedSentence> {
    private static final Logger log = LoggerFactory.getLogger(DocumentItemReader.class);
    static final String NEXT = "sentence.next";

    private final ResultStore store;
    private final RunContexts contexts;
    private final String runId;
    private final String docId;
    private final boolean full;
    private List<AlignedSentence> sentences = List.of();
    private int next;

    /** @param full re-check the document even if an earlier run checked the same bytes the same way */
    DocumentItemReader(ResultStore store, RunContexts contexts, String runId, String docId, boolean full) {
        this.store = store;
        this.contexts = contexts;
        this.runId = runId;
        this.docId = docId;
        this.full = full;
    }

    @Override public void open(ExecutionContext ctx) {
        next = ctx.getInt(NEXT, 0);
        RunContext run = contexts.get(runId);
        DocumentRecord rec = store.documents(runId, DocumentRecord.Role.EDITED).stream()
                .filter(d -> d.docId().equals(docId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("document " + docId + " is not part of run " + runId));
        if (rec.sha256() != null && reuse(run, rec)) return;
        try {
            SourceDocument doc = DocumentReader.read(rec.path());
            if (!doc.hasContent()) {
                throw new InputException(InputProblem.error(rec.path().toString(), 0,
                        "no article text left after removing navigation, captions and markup", "check that this is the right file"));
            }
            DocumentAlignment aligned = run.pipeline().align(doc);
            Match match = aligned.match();
            sentences = aligned.sentences();
            store.replaceErrors(runId, docId, doc.warnings().stream().map(w -> ErrorRow.of(docId, w)).toList());
            String note = match.matched() ? "" : unmatchedNote(match, run);
            store.setOutcome(runId, docId, match.matched() ? DocumentRecord.State.MATCHED : DocumentRecord.State.UNMATCHED,
                    match.matched() ? match.transcript().id() : null, match.share(), doc.charset(), note);
            store.setFormat(runId, docId, doc.format().label());
            store.setEvidence(runId, docId, new ResultStore.MatchEvidence(match.closest() == null ? null : match.closest().id(),
                    match.pointShare(), match.termShare()));
            if (related(match, run)) {
                InputProblem p = InputProblem.warning(rec.path().toString(), 0, "looks related to " + match.closest().id()
                        + " but matched no transcript, so it was not checked: " + note, "check by hand whether it reports on that interview");
                store.replaceErrors(runId, docId, java.util.stream.Stream.concat(doc.warnings().stream(), java.util.stream.Stream.of(p))
                        .map(w -> ErrorRow.of(docId, w)).toList());
                log.warn("{}: {}", docId, p.problem());
            }
            log.info("{}: {} sentences, {}", docId, sentences.size(), match.matched()
                    ? String.format("MATCHED %s (%.0f%% of claims anchored)", match.transcript().id(), 100 * match.share())
                    : "UNMATCHED (" + note + ")");
        } catch (InputException e) {
            fail(rec, e.problem());
        } catch (RuntimeException e) {
            // a bug must not cost the other documents their reports
            log.error("{}: internal error", docId, e);
            fail(rec, InputProblem.error(rec.path().toString(), 0, "internal error while checking this document: " + e,
                    "report this to the transcheck maintainers with the file"));
        }
        if (next == 0) store.deleteSentences(runId, docId);
    }

    /** An unchanged document keeps the results of the last run that checked it the same way. */
    private boolean reuse(RunContext run, DocumentRecord rec) {
        String fingerprint = DocumentReader.sha256((run.fingerprintBase() + "|" + rec.sha256()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        store.setFingerprint(runId, docId, fingerprint);
        if (full) return false;
        var from = store.reusableRun(run.jobName(), docId, fingerprint, runId);
        if (from.isEmpty()) return false;
        store.copyDocument(from.get(), runId, docId);
        sentences = List.of();
        log.info("{}: unchanged since run {}, results reused (--full re-checks)", docId, from.get());
        return true;
    }

    private static String unmatchedNote(Match m, RunContext run) {
        if (run.pipeline().library().transcripts().isEmpty()) return "no transcript could be read";
        var s = run.pipeline().settings().align().matching();
        String closest = m.closest() == null ? "no transcript" : m.closest().id();
        return String.format("no transcript covers it; closest %s: %.0f%% of %d claims anchored in order (needs %.0f%% and %d), "
                        + "%.0f%% well supported in any order (needs %.0f%%)", closest, 100 * m.share(), m.claims(),
                100 * (run.pipeline().embedderEnabled() ? s.minShare() : s.lexicalMinShare()), s.minAnchors(), 100 * m.pointShare(), 100 * s.minPointShare());
    }

    /** Unmatched, but at least half-way to a transcript: an editor must see that it went unchecked. */
    private static boolean related(Match m, RunContext run) {
        return m.related(run.pipeline().settings().align().matching(), run.pipeline().embedderEnabled());
    }

    private void fail(DocumentRecord rec, InputProblem problem) {
        sentences = List.of();
        store.replaceErrors(runId, docId, List.of(ErrorRow.of(docId, problem)));
        store.setOutcome(runId, docId, DocumentRecord.State.ERROR, null, 0, null, problem.problem());
        log.warn("{}: ERROR {}", docId, problem);
    }

    @Override public AlignedSentence read() {
        return next < sentences.size() ? sentences.get(next++) : null;
    }

    @Override public void update(ExecutionContext ctx) {
        ctx.putInt(NEXT, next);
    }

    int size() {
        return sentences.size();
    }

    @Override public void close() {
        sentences = List.of();
    }
}
