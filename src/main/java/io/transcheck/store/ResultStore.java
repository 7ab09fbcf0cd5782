package io.transcheck.store;

import io.transcheck.align.LineRange;
import io.transcheck.check.Label;
import io.transcheck.report.ErrorRow;
import io.transcheck.report.Review;
import io.transcheck.report.SentenceRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * transcheck's tables (store/schema.sql) in the same database as the Spring Batch job
 * repository: runs, their documents, sentence results and input problems. Writes replace what a
 * previous attempt of the same run wrote, so a restarted step never duplicates rows.
 */
public class ResultStore {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public ResultStore(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    public void createRun(RunRecord run) {
        jdbc.update("INSERT INTO tc_run (run_id, job_name, source, root, restricted, definition, reports_dir, status, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
                run.runId(), run.jobName(), run.source() == null ? null : run.source().toString(), run.root().toString(),
                run.restricted(), run.definition(), run.reportsDir().toString(), run.state().name(), Timestamp.from(Instant.now()));
    }

    public Optional<RunRecord> run(String runId) {
        return jdbc.query("SELECT * FROM tc_run WHERE run_id = ?", (rs, i) -> new RunRecord(rs.getString("run_id"),
                rs.getString("job_name"), rs.getString("source") == null ? null : Path.of(rs.getString("source")),
                Path.of(rs.getString("root")), rs.getBoolean("restricted"), rs.getString("definition"),
                Path.of(rs.getString("reports_dir")), RunRecord.State.valueOf(rs.getString("status")), rs.getInt("attempts")), runId).stream().findFirst();
    }

    public boolean runExists(String runId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM tc_run WHERE run_id = ?", Integer.class, runId);
        return n != null && n > 0;
    }

    public void setRunState(String runId, RunRecord.State state) {
        jdbc.update("UPDATE tc_run SET status = ? WHERE run_id = ?", state.name(), runId);
    }

    public void countAttempt(String runId) {
        jdbc.update("UPDATE tc_run SET attempts = attempts + 1 WHERE run_id = ?", runId);
    }

    /** The job's latest run, if it did not complete (a killed or failed run to resume). */
    public Optional<RunRecord> unfinishedRun(String jobName) {
        List<String> latest = jdbc.queryForList("SELECT run_id FROM tc_run WHERE job_name = ? ORDER BY created_at DESC, run_id DESC",
                String.class, jobName);
        if (latest.isEmpty()) return Optional.empty();
        return run(latest.get(0)).filter(r -> r.state() != RunRecord.State.COMPLETED);
    }

    /** The latest run of the job into one reports folder, if it did not complete (ad hoc runs: each folder is its own job). */
    public Optional<RunRecord> unfinishedRun(String jobName, Path reportsDir) {
        List<String> latest = jdbc.queryForList("SELECT run_id FROM tc_run WHERE job_name = ? AND reports_dir = ? ORDER BY created_at DESC, run_id DESC",
                String.class, jobName, reportsDir.toString());
        if (latest.isEmpty()) return Optional.empty();
        return run(latest.get(0)).filter(r -> r.state() != RunRecord.State.COMPLETED);
    }

    /** Replaces the run's document list (a repeated prepare step starts from the same list). */
    public void registerDocuments(String runId, List<DocumentRecord> docs) {
        tx.executeWithoutResult(s -> {
            jdbc.update("DELETE FROM tc_document WHERE run_id = ?", runId);
            jdbc.batchUpdate("INSERT INTO tc_document (run_id, doc_id, role, ordinal, path, status, note, sha256, set_aside) VALUES (?,?,?,?,?,?,?,?,?)",
                    docs.stream().map(d -> new Object[] {runId, d.docId(), d.role().name(), d.ordinal(), d.path().toString(), d.state().name(), d.note(),
                            d.sha256(), d.setAside()}).toList());
        });
    }

    public List<DocumentRecord> documents(String runId, DocumentRecord.Role role) {
        return jdbc.query("SELECT * FROM tc_document WHERE run_id = ? AND role = ? ORDER BY ordinal", (rs, i) -> new DocumentRecord(
                rs.getString("doc_id"), DocumentRecord.Role.valueOf(rs.getString("role")), rs.getInt("ordinal"), Path.of(rs.getString("path")),
                DocumentRecord.State.valueOf(rs.getString("status")), rs.getString("transcript_id"), rs.getDouble("match_share"),
                rs.getString("encoding"), rs.getString("note"), rs.getString("sha256"), rs.getString("set_aside")), runId, role.name());
    }

    public void setOutcome(String runId, String docId, DocumentRecord.State state, String transcriptId, double matchShare, String encoding, String note) {
        jdbc.update("UPDATE tc_document SET status = ?, transcript_id = ?, match_share = ?, encoding = ?, note = ? WHERE run_id = ? AND doc_id = ?",
                state.name(), transcriptId, matchShare, encoding, note, runId, docId);
    }

    /** The kind of file the document is (text, markdown, docx, html, srt, vtt). */
    public void setFormat(String runId, String docId, String format) {
        jdbc.update("UPDATE tc_document SET format = ? WHERE run_id = ? AND doc_id = ?", format, runId, docId);
    }

    /**
     * How close a document came to a transcript: the closest one, the share of its claims well
     * supported there, the share of its names found there (NaN: too few to tell).
     */
    public record MatchEvidence(String closestTranscript, double pointShare, double namesShare) {}

    public void setEvidence(String runId, String docId, MatchEvidence e) {
        jdbc.update("UPDATE tc_document SET closest_transcript = ?, point_share = ?, names_share = ? WHERE run_id = ? AND doc_id = ?",
                e.closestTranscript(), e.pointShare(), Double.isNaN(e.namesShare()) ? null : e.namesShare(), runId, docId);
    }

    /** The match evidence of each document of the run that was aligned. */
    public Map<String, MatchEvidence> evidence(String runId) {
        Map<String, MatchEvidence> out = new HashMap<>();
        jdbc.query("SELECT doc_id, closest_transcript, point_share, names_share FROM tc_document WHERE run_id = ? AND point_share IS NOT NULL", rs -> {
            double names = rs.getDouble(4);
            out.put(rs.getString(1), new MatchEvidence(rs.getString(2), rs.getDouble(3), rs.wasNull() ? Double.NaN : names));
        }, runId);
        return out;
    }

    /** The format of each document of the run that was read. */
    public Map<String, String> formats(String runId) {
        Map<String, String> out = new HashMap<>();
        jdbc.query("SELECT doc_id, format FROM tc_document WHERE run_id = ? AND format IS NOT NULL",
                rs -> { out.put(rs.getString(1), rs.getString(2)); }, runId);
        return out;
    }

    public void setFingerprint(String runId, String docId, String fingerprint) {
        jdbc.update("UPDATE tc_document SET fingerprint = ? WHERE run_id = ? AND doc_id = ?", fingerprint, runId, docId);
    }

    /**
     * The latest completed run of the job in which the document had the same fingerprint: same
     * bytes, same transcripts, same settings and build. Its results can be reused as they are.
     */
    public Optional<String> reusableRun(String jobName, String docId, String fingerprint, String exceptRun) {
        return jdbc.queryForList("SELECT r.run_id FROM tc_run r JOIN tc_document d ON d.run_id = r.run_id "
                        + "WHERE r.job_name = ? AND r.status = 'COMPLETED' AND d.doc_id = ? AND d.fingerprint = ? AND r.run_id <> ? "
                        + "AND d.status <> 'PENDING' ORDER BY r.created_at DESC, r.run_id DESC",
                String.class, jobName, docId, fingerprint, exceptRun).stream().findFirst();
    }

    /** Copies a document's results from an earlier run: outcome, sentence rows and problems. */
    public void copyDocument(String fromRun, String toRun, String docId) {
        tx.executeWithoutResult(s -> {
            jdbc.update("UPDATE tc_document SET (status, transcript_id, match_share, encoding, note, format, closest_transcript, point_share, "
                    + "names_share, reused_from) = (SELECT status, transcript_id, match_share, encoding, note, format, closest_transcript, "
                    + "point_share, names_share, ? FROM tc_document WHERE run_id = ? AND doc_id = ?) "
                    + "WHERE run_id = ? AND doc_id = ?", fromRun, fromRun, docId, toRun, docId);
            jdbc.update("DELETE FROM tc_sentence WHERE run_id = ? AND doc_id = ?", toRun, docId);
            jdbc.update("INSERT INTO tc_sentence (run_id, doc_id, sentence_no, line_no, speaker, edited_text, label, score, transcript_id, "
                    + "transcript_refs, transcript_text, transcript_speaker, reasons, passage_first_line, passage_last_line) SELECT ?, doc_id, "
                    + "sentence_no, line_no, speaker, edited_text, label, score, transcript_id, transcript_refs, transcript_text, "
                    + "transcript_speaker, reasons, passage_first_line, passage_last_line "
                    + "FROM tc_sentence WHERE run_id = ? AND doc_id = ?", toRun, fromRun, docId);
            jdbc.update("DELETE FROM tc_error WHERE run_id = ? AND scope = ?", toRun, docId);
            jdbc.update("INSERT INTO tc_error (run_id, scope, seq, doc_id, file, line, severity, problem, action) SELECT ?, scope, seq, "
                    + "doc_id, file, line, severity, problem, action FROM tc_error WHERE run_id = ? AND scope = ?", toRun, fromRun, docId);
        });
    }

    /** Stores reviewers' decisions for a job; a later decision on the same content replaces the earlier one. */
    public void saveReviews(String jobName, List<Review> reviews, String source) {
        tx.executeWithoutResult(s -> {
            for (Review r : reviews) {
                jdbc.update("DELETE FROM tc_review WHERE job_name = ? AND review_key = ?", jobName, r.key());
                jdbc.update("INSERT INTO tc_review (job_name, review_key, doc_id, edited_text, transcript_id, decision, note, source, imported_at) "
                        + "VALUES (?,?,?,?,?,?,?,?,?)", jobName, r.key(), r.docId(), r.editedText(), r.transcriptId(),
                        r.decision().name(), r.note(), source, Timestamp.from(Instant.now()));
            }
        });
    }

    /** The job's review decisions by review key. */
    public Map<String, Review> reviews(String jobName) {
        Map<String, Review> out = new HashMap<>();
        jdbc.query("SELECT review_key, doc_id, edited_text, transcript_id, decision, note FROM tc_review WHERE job_name = ?", rs -> {
            out.put(rs.getString(1), new Review(rs.getString(2), rs.getString(3), rs.getString(4), "",
                    Review.Decision.valueOf(rs.getString(5)), rs.getString(6) == null ? "" : rs.getString(6)));
        }, jobName);
        return out;
    }

    /** Replaces the problems recorded under one scope (a document id, or a run-level scope). */
    public void replaceErrors(String runId, String scope, List<ErrorRow> errors) {
        tx.executeWithoutResult(s -> {
            jdbc.update("DELETE FROM tc_error WHERE run_id = ? AND scope = ?", runId, scope);
            int[] seq = {0};
            jdbc.batchUpdate("INSERT INTO tc_error (run_id, scope, seq, doc_id, file, line, severity, problem, action) VALUES (?,?,?,?,?,?,?,?,?)",
                    errors.stream().map(e -> new Object[] {runId, scope, seq[0]++, e.docId(), e.file(), e.line(), e.severity(), e.problem(), e.action()}).toList());
        });
    }

    public List<ErrorRow> errors(String runId) {
        return jdbc.query("SELECT * FROM tc_error WHERE run_id = ? ORDER BY scope, seq", (rs, i) -> new ErrorRow(rs.getString("doc_id"),
                rs.getString("file"), rs.getInt("line"), rs.getString("severity"), rs.getString("problem"), rs.getString("action")), runId);
    }

    /** Writes sentence results, replacing rows of the same sentences from an earlier attempt. Joins the caller's transaction. */
    public void saveSentences(String runId, List<? extends SentenceRow> rows) {
        jdbc.batchUpdate("DELETE FROM tc_sentence WHERE run_id = ? AND doc_id = ? AND sentence_no = ?",
                rows.stream().map(r -> new Object[] {runId, r.docId(), r.sentenceNo()}).toList());
        jdbc.batchUpdate("INSERT INTO tc_sentence (run_id, doc_id, sentence_no, line_no, speaker, edited_text, label, score, transcript_id, "
                        + "transcript_refs, transcript_text, transcript_speaker, reasons, passage_first_line, passage_last_line) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                rows.stream().map(r -> new Object[] {runId, r.docId(), r.sentenceNo(), r.lineNo(), r.speaker(), r.editedText(),
                        r.label().name(), r.score(), r.transcriptId(), r.transcriptRefs(), r.transcriptText(), r.transcriptSpeaker(), r.reasons(),
                        r.transcriptLines() == null ? null : r.transcriptLines().first(),
                        r.transcriptLines() == null ? null : r.transcriptLines().last()}).toList());
    }

    public void deleteSentences(String runId, String docId) {
        jdbc.update("DELETE FROM tc_sentence WHERE run_id = ? AND doc_id = ?", runId, docId);
    }

    /** Every sentence result of the run, documents in job order, sentences in document order. */
    public List<SentenceRow> sentences(String runId) {
        return jdbc.query("SELECT s.* FROM tc_sentence s JOIN tc_document d ON d.run_id = s.run_id AND d.doc_id = s.doc_id "
                        + "WHERE s.run_id = ? ORDER BY d.ordinal, s.sentence_no",
                (rs, i) -> new SentenceRow(rs.getString("doc_id"), rs.getInt("sentence_no"), rs.getInt("line_no"),
                        rs.getString("speaker"), rs.getString("edited_text"), Label.valueOf(rs.getString("label")),
                        rs.getDouble("score"), rs.getString("transcript_id"), rs.getString("transcript_refs"),
                        rs.getString("transcript_text"), rs.getString("transcript_speaker"), rs.getString("reasons"), lines(rs)), runId);
    }

    private static LineRange lines(java.sql.ResultSet rs) throws java.sql.SQLException {
        int first = rs.getInt("passage_first_line");
        return rs.wasNull() ? null : new LineRange(first, rs.getInt("passage_last_line"));
    }
}
