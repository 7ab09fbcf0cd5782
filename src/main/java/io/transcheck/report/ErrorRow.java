package io.transcheck.report;

import io.transcheck.corpus.InputProblem;

import java.util.List;

/** One row of errors.csv: an input that could not be processed (ERROR) or was processed with a caveat (WARNING). */
public record ErrorRow(String docId, String file, int line, String severity, String problem, String action) {
    public static final List<String> COLUMNS = List.of("doc_id", "file", "line", "severity", "problem", "action");

    public static ErrorRow of(String docId, InputProblem p) {
        return new ErrorRow(docId == null ? "" : docId, p.file(), p.line(), p.severity().name(), p.problem(), p.action());
    }

    public List<String> cells() {
        return List.of(docId, file, line > 0 ? Integer.toString(line) : "", severity, problem, action);
    }
}
