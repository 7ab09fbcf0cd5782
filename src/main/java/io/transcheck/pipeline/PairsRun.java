package io.transcheck.pipeline;

import io.transcheck.align.BgeSmallZhEmbedder;
import io.transcheck.align.Embedder;
import io.transcheck.check.Verdict;
import io.transcheck.report.PairsFile;
import io.transcheck.report.SentenceRow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The pairs command (DESIGN.md): every readable row judged, every row answered in order. */
public final class PairsRun {
    private PairsRun() {}

    /**
     * What a run did.
     *
     * @param judged     pairs judged
     * @param unreadable rows that could not be read (answered with their problem)
     */
    public record Outcome(int judged, List<PairsFile.Row> unreadable, double seconds) {}

    /** Reads {@code input}, judges its pairs, writes {@code output}; throws when the input as a whole is unusable. */
    public static Outcome run(Path input, Path output, boolean lexical) throws IOException {
        List<PairsFile.Row> rows = PairsFile.read(input);
        long start = System.nanoTime();
        Embedder model = lexical ? Embedder.NONE : new BgeSmallZhEmbedder(2);
        try {
            List<PairJudge.Pair> readable = rows.stream().filter(PairsFile.Row::readable)
                    .map(r -> new PairJudge.Pair(r.id(), r.source(), r.claim())).toList();
            List<PairJudge.Judged> judged = PairJudge.shipped(Settings.bind(Settings.applicationDefaults(), Map.of()), model).judge(readable);
            Iterator<PairJudge.Judged> it = judged.iterator();
            List<List<String>> out = new ArrayList<>();
            List<PairsFile.Row> unreadable = new ArrayList<>();
            for (PairsFile.Row r : rows) {
                if (!r.readable()) {
                    unreadable.add(r);
                    out.add(List.of(r.id(), "", "", "ERROR: line " + r.line() + ": " + r.problem()));
                    continue;
                }
                Verdict v = it.next().verdict();
                out.add(List.of(r.id(), v.label().name(), SentenceRow.formatScore(v.score()), v.reasons()));
            }
            PairsFile.write(output, out);
            return new Outcome(judged.size(), unreadable, (System.nanoTime() - start) / 1e9);
        } finally {
            if (model instanceof BgeSmallZhEmbedder b) b.close();
        }
    }
}
