package io.transcheck.pipeline;

import io.transcheck.corpus.DocumentReader;
import io.transcheck.corpus.InputException;
import io.transcheck.corpus.InputProblem;
import io.transcheck.corpus.SourceDocument;
import io.transcheck.text.ChineseConverter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a run's transcripts: each is decoded, and what could not be used, or only with a caveat, is
 * said per transcript. The one way transcripts are read, for the job, the benchmark and the tests.
 */
public final class TranscriptLoader {
    /** Below this share of Traditional characters a transcript is probably Simplified. */
    private static final double SIMPLIFIED_TRANSCRIPT = 0.005;

    /** A transcript file and the id it has in the run's reports. */
    public record TranscriptFile(String id, Path path) {
        public static TranscriptFile of(Path path) {
            return new TranscriptFile(path.getFileName().toString(), path);
        }
    }

    /**
     * @param transcripts the transcripts that could be read and have text, in order
     * @param problems    per transcript id, what went wrong (errors: left out) or what to know (warnings)
     */
    public record Loaded(List<SourceDocument> transcripts, Map<String, List<InputProblem>> problems) {}

    private TranscriptLoader() {}

    public static Loaded load(List<TranscriptFile> files) {
        List<SourceDocument> docs = new ArrayList<>();
        Map<String, List<InputProblem>> problems = new LinkedHashMap<>();
        for (TranscriptFile f : files) {
            List<InputProblem> found = new ArrayList<>();
            try {
                SourceDocument doc = DocumentReader.read(f.path(), true);
                found.addAll(doc.warnings());
                double traditional = ChineseConverter.instance().traditionalShare(text(doc));
                if (traditional < SIMPLIFIED_TRANSCRIPT) {
                    found.add(InputProblem.warning(f.path().toString(), 0, String.format(
                            "the transcript looks Simplified, not Traditional (%.1f%% of its characters are Traditional); checked anyway", 100 * traditional),
                            "check that this file is the transcript and not an article"));
                }
                if (doc.hasContent()) {
                    docs.add(new SourceDocument(f.id(), doc.path(), doc.charset(), doc.sha256(), doc.lines(), doc.warnings(), doc.format(), doc.timeCodes()));
                } else {
                    found.add(InputProblem.error(f.path().toString(), 0, "the transcript has no text left after removing boilerplate",
                            "check that this is the right file"));
                }
            } catch (InputException e) {
                found.add(e.problem());
            }
            problems.put(f.id(), found);
        }
        return new Loaded(docs, problems);
    }

    private static String text(SourceDocument doc) {
        StringBuilder sb = new StringBuilder();
        doc.lines().forEach(l -> sb.append(l.text()).append('\n'));
        return sb.toString();
    }
}
