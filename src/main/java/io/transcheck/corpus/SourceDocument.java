package io.transcheck.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A decoded input file, line by line (paragraph by paragraph for Word and HTML, cue by cue for subtitles).
 *
 * @param id       the file name, which identifies the document in every report
 * @param charset  the encoding it was decoded from
 * @param sha256   hash of the raw bytes: tells unchanged documents and duplicates apart
 * @param warnings problems that did not stop the document (unsure encoding, replaced bytes)
 * @param format   the kind of file
 * @param timeCodes for subtitles, the time code of the cue each line number starts, else empty
 */
public record SourceDocument(String id, Path path, String charset, String sha256,
                             List<SourceLine> lines, List<InputProblem> warnings,
                             DocumentFormat format, Map<Integer, String> timeCodes) {
    public SourceDocument {
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
        if (format == null) throw new IllegalArgumentException("no format");
        timeCodes = Map.copyOf(timeCodes);
    }

    /** A plain text file. */
    public SourceDocument(String id, Path path, String charset, String sha256, List<SourceLine> lines, List<InputProblem> warnings) {
        this(id, path, charset, sha256, lines, warnings, DocumentFormat.TEXT, Map.of());
    }

    public boolean hasContent() {
        return lines.stream().anyMatch(l -> l.kind() == LineKind.CONTENT);
    }

    /** Where a line is, as a reader of the original finds it: {@code L12}, {@code ¶12} or a time code. */
    public String ref(int lineNo) {
        String time = timeCodes.get(lineNo);
        return time != null ? time : format.ref(lineNo);
    }
}
