package io.transcheck.report;

import java.util.List;
import java.util.Map;

/**
 * The transcripts of a run as the review page needs them: each transcript's sentences in order,
 * with their line numbers, so that a passage can be shown among its neighbours. Read-only.
 */
@FunctionalInterface
public interface TranscriptView {

    /**
     * One sentence of a transcript.
     *
     * @param lineNo  its line in the transcript file
     * @param speaker the speaker label as the transcript writes it (`主持人`, `SA`), empty if none
     * @param text    the sentence in the transcript's own script
     */
    record Line(int lineNo, String speaker, String text) {
        public Line {
            if (lineNo < 1 || text == null) throw new IllegalArgumentException("transcript line " + lineNo);
            speaker = speaker == null ? "" : speaker;
        }
    }

    /** The transcript's sentences in order; empty for a transcript it does not know. */
    List<Line> lines(String transcriptId);

    /** No transcripts: the page shows passages without their context. */
    TranscriptView NONE = id -> List.of();

    static TranscriptView of(Map<String, List<Line>> transcripts) {
        Map<String, List<Line>> copy = Map.copyOf(transcripts);
        return id -> copy.getOrDefault(id, List.of());
    }
}
