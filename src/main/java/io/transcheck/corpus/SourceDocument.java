package io.transcheck.corpus;

import java.nio.file.Path;
import java.util.List;

/**
 * A decoded input file, line by line.
 *
 * @param id       the file name, which identifies the document in every report
 * @param charset  the encoding it was decoded from
 * @param sha256   hash of the raw bytes: tells unchanged documents and duplicates apart
 * @param warnings problems that did not stop the document (unsure encoding, replaced bytes)
 */
public record SourceDocument(String id, Path path, String charset, String sha256,
                             List<SourceLine> lines, List<InputProblem> warnings) {
    public SourceDocument {
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
    }

    public boolean hasContent() {
        return lines.stream().anyMatch(l -> l.kind() == LineKind.CONTENT);
    }
}
