package io.transcheck.check;

import java.util.ArrayList;
import java.util.List;

/** How the figures of a claim compare with its passage's and the transcript's (see {@link Quantities}). */
final class Figures {
    private Figures() {}

    /**
     * A figure of the claim and how it stands.
     *
     * @param inPassage    the passage gives it too
     * @param inTranscript the transcript gives it somewhere
     * @param counterpart  the passage's figure of the same kind that disagrees with it, or null (measured: looking
     *                     only in the clauses the claim corresponds to misses changed figures in merged clauses)
     */
    record Compared(Quantity figure, boolean inPassage, boolean inTranscript, Quantity counterpart) {}

    /** The last comparison made by this thread: the number checks and their measures ask for the same one in turn. */
    private record Asked(String edited, String passage, TranscriptFacts facts, List<Compared> answer) {}

    private static final ThreadLocal<Asked> LAST = new ThreadLocal<>();

    static List<Compared> compare(String edited, String passage, TranscriptFacts facts) {
        Asked last = LAST.get();
        if (last != null && last.facts() == facts && last.edited().equals(edited) && last.passage().equals(passage)) return last.answer();
        List<Compared> answer = compareNow(edited, passage, facts);
        LAST.set(new Asked(edited, passage, facts, answer));
        return answer;
    }

    private static List<Compared> compareNow(String edited, String passage, TranscriptFacts facts) {
        List<Quantity> figures = Quantities.of(edited);
        if (figures.isEmpty()) return List.of();
        List<Quantity> inPassage = Quantities.of(passage);
        List<Compared> out = new ArrayList<>();
        for (Quantity q : figures) {
            boolean here = inPassage.stream().anyMatch(p -> p.comparable(q) && p.agrees(q));
            boolean anywhere = here || facts.quantities().stream().anyMatch(p -> p.comparable(q) && p.agrees(q));
            Quantity other = here ? null : inPassage.stream().filter(p -> !p.unit().isEmpty() && p.unit().equals(q.unit())).findFirst().orElse(null);
            out.add(new Compared(q, here, anywhere, other));
        }
        return List.copyOf(out);
    }

    /** The figures that neither the passage nor anything else in the transcript gives (the checks' rule: a merged passage may give it). */
    static List<Compared> unsupported(String edited, String passage, TranscriptFacts facts) {
        return compare(edited, passage, facts).stream().filter(c -> !c.inTranscript()).toList();
    }
}
