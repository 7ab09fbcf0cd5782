package io.transcheck.eval;

import io.transcheck.check.Decision;
import io.transcheck.check.Label;
import io.transcheck.report.SentenceRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores labelled interviews honestly: each interview is judged by a decision fitted on the other
 * interviews only (cross-validation grouped by interview), and the figures are pooled. Printed with
 * the per-document figures, the matching of each article to its own transcript, and how well the
 * score (the probability that a claim is supported) is calibrated.
 */
public final class CrossValidation {
    private final List<LabelledRun> runs;
    private final Map<String, Decision> heldOut = new LinkedHashMap<>();

    public CrossValidation(List<LabelledRun> runs) {
        this.runs = List.copyOf(runs);
        LabelledRun.Examples all = examples(runs);
        for (LabelledRun r : runs) {
            for (String g : r.groups()) heldOut.put(g, LabelledRun.fit(all.without(g)));
        }
    }

    /** Every run's examples, pooled, in run order. */
    static LabelledRun.Examples examples(List<LabelledRun> runs) {
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        List<String> g = new ArrayList<>();
        for (LabelledRun r : runs) {
            LabelledRun.Examples e = r.examples();
            for (int i = 0; i < e.y().length; i++) {
                x.add(e.x()[i]);
                y.add(e.y()[i]);
                g.add(e.group()[i]);
            }
        }
        return new LabelledRun.Examples(x.toArray(double[][]::new), y.stream().mapToInt(Integer::intValue).toArray(), g.toArray(String[]::new));
    }

    /**
     * The labelled claims judged as pre-aligned pairs (the pairs command: the passage each was aligned to
     * as its source, no neighbours), cross-validated by interview: flags and each outcome.
     */
    public static String pairs(LabelledRun.Examples pairs) {
        java.util.Set<String> groups = new java.util.LinkedHashSet<>(List.of(pairs.group()));
        int k = Decision.CLASSES.size();
        int[][] confusion = new int[k][k];
        for (String g : groups) {
            Decision d = LabelledRun.fit(pairs.without(g));
            for (int i = 0; i < pairs.y().length; i++) {
                if (!pairs.group()[i].equals(g)) continue;
                confusion[pairs.y()[i]][Decision.outcome(d.model().probabilities(pairs.x()[i])).ordinal()]++;
            }
        }
        int drift = Decision.Outcome.DRIFT.ordinal();
        int invented = Decision.Outcome.INVENTED.ordinal();
        int tp = 0, pred = 0, act = 0;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                boolean goldFlag = a == drift || a == invented;
                boolean predFlag = b == drift || b == invented;
                if (goldFlag) act += confusion[a][b];
                if (predFlag) pred += confusion[a][b];
                if (goldFlag && predFlag) tp += confusion[a][b];
            }
        }
        Evaluator.Prf flags = new Evaluator.Prf(tp, pred, act);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "as pre-aligned pairs (the pairs command), cross-validated by interview, %d claims: flags P %.3f R %.3f F1 %.3f%n",
                pairs.y().length, flags.precision(), flags.recall(), flags.f1()));
        for (int c : List.of(drift, invented)) {
            int right = confusion[c][c];
            int predicted = 0, actual = 0;
            for (int a = 0; a < k; a++) predicted += confusion[a][c];
            for (int b = 0; b < k; b++) actual += confusion[c][b];
            Evaluator.Prf p = new Evaluator.Prf(right, predicted, actual);
            sb.append(String.format(Locale.ROOT, "  %-9s P %.3f R %.3f F1 %.3f%n", Decision.CLASSES.get(c).toLowerCase(Locale.ROOT), p.precision(), p.recall(), p.f1()));
        }
        return sb.toString();
    }

    /** The decision fitted without an interview. */
    Decision heldOut(String group) {
        return heldOut.get(group);
    }

    /** The figures of one run, each interview judged by the decision fitted without it. */
    public Evaluation crossValidated(LabelledRun run) {
        return Evaluator.evaluateRows(run.rows(heldOut::get), run.gold());
    }

    /** The figures of one run judged by one decision for all (the shipped model: in-sample, for reference). */
    public static Evaluation with(LabelledRun run, Decision decision) {
        return Evaluator.evaluateRows(run.rows(g -> decision), run.gold());
    }

    /** The features of every labelled claim as TSV, with a header (for analysis). */
    public String featureTable() {
        StringBuilder sb = new StringBuilder("group\tid\tgold\treason\ttext\tpassage\tspeaker\tpassage_speaker\tp_supported\tp_drift\tp_invented\tp_nac\t" + String.join("\t", io.transcheck.check.Features.NAMES) + "\tfindings\n");
        for (LabelledRun r : runs) sb.append(r.featureTable(heldOut::get));
        return sb.toString();
    }

    /** The printout of {@code evaluate --corpus}. */
    public String report(Decision shipped) {
        StringBuilder sb = new StringBuilder();
        List<Evaluation.Item> pooled = new ArrayList<>();
        sb.append("matching (each article must match its own interview's transcript):\n");
        for (LabelledRun r : runs) {
            long right = r.documents().stream().filter(LabelledRun.Document::matchedOwn).count();
            sb.append(String.format(Locale.ROOT, "  %s: %d of %d articles%n", r.groups().size() == 1 ? r.groups().get(0) : r.groups().size() + " interviews",
                    right, r.documents().size()));
            for (LabelledRun.Document d : r.documents()) {
                if (!d.matchedOwn()) {
                    sb.append(String.format(Locale.ROOT, "    %s: %s (anchored share %.0f%%)%n", d.docId(), d.alignment().match().matched()
                            ? "matched " + d.alignment().match().transcript().id() + ", not its own" : "UNMATCHED", 100 * d.alignment().match().share()));
                }
            }
        }
        sb.append("\ncross-validated by interview (each interview judged by a decision fitted on the others):\n");
        for (LabelledRun r : runs) {
            Evaluation e = crossValidated(r);
            pooled.addAll(e.items());
            sb.append(line(r.groups().size() == 1 ? r.groups().get(0) : "corpus (" + r.groups().size() + " interviews)", e));
        }
        Evaluation pooledAll = new Evaluation(pooled);
        if (runs.size() > 1) sb.append(line("all", pooledAll));
        sb.append("\nper document (cross-validated):\n");
        for (LabelledRun r : runs) {
            Evaluation e = crossValidated(r);
            for (LabelledRun.Document d : r.documents()) {
                Evaluation doc = new Evaluation(e.items().stream().filter(i -> i.gold().docFile().equals(d.docId())).toList());
                sb.append(line(d.docId(), doc));
            }
        }
        sb.append("\n").append(byKind(pooledAll));
        sb.append("\n").append(calibration(runs));
        Decision all = LabelledRun.fit(examples(runs));
        sb.append("\nfitted on all of it, as `train` does (in-sample, optimistic; quote the cross-validated figures):\n");
        for (LabelledRun r : runs) sb.append(line(r.groups().size() == 1 ? r.groups().get(0) : "corpus (" + r.groups().size() + " interviews)", with(r, all)));
        if (shipped != null && !shipped.model().toTsv().equals(all.model().toTsv())) {
            sb.append("  (the shipped decision differs from this fit: run `train` to update it)\n");
        }
        sb.append("\ncross-validated, all interviews pooled:\n").append(pooledAll.format(false));
        return sb.toString();
    }

    static String line(String name, Evaluation e) {
        Evaluator.Prf f = e.flags();
        Evaluator.Prf inv = e.perLabel().get(Label.INVENTED_CLAIM);
        Evaluator.Prf drift = e.perLabel().get(Label.PARAPHRASE_DRIFT);
        return String.format(Locale.ROOT, "  %-34s rows %4d  flags P %.3f R %.3f F1 %.3f  invented P %.3f R %.3f  drift P %.3f R %.3f F1 %.3f  alignment %.3f%n",
                name, e.items().size(), f.precision(), f.recall(), f.f1(), inv.precision(), inv.recall(),
                drift.precision(), drift.recall(), drift.f1(), e.alignmentAccuracy());
    }

    /**
     * How each kind of drift and invention the gold names ([number], [quote], ...: the reason's
     * opening bracket) is caught: flagged at all, and with the right label.
     */
    static String byKind(Evaluation e) {
        Map<String, int[]> kinds = new java.util.TreeMap<>();
        for (Evaluation.Item it : e.items()) {
            if (!it.gold().label().flagged()) continue;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\[(\\w+)]").matcher(it.gold().reason());
            String kind = (it.gold().label() == Label.INVENTED_CLAIM ? "invented " : "drift ") + (m.find() ? m.group(1) : "?");
            int[] c = kinds.computeIfAbsent(kind, k -> new int[3]);
            c[0]++;
            if (it.predicted() != null && it.predicted().flagged()) c[1]++;
            if (it.predicted() == it.gold().label()) c[2]++;
        }
        StringBuilder sb = new StringBuilder("recall by kind (gold reason): flagged at all / with the right label\n");
        kinds.forEach((k, c) -> sb.append(String.format(Locale.ROOT, "  %-20s %4d  flagged %.2f  right label %.2f%n", k, c[0], c[1] / (double) c[0], c[2] / (double) c[0])));
        return sb.toString();
    }

    /** Brier score and a reliability table of the cross-validated probability that a claim is supported. */
    private String calibration(List<LabelledRun> runs) {
        int bins = 10;
        int[] n = new int[bins];
        int[] supported = new int[bins];
        double[] sum = new double[bins];
        double brier = 0;
        int count = 0;
        for (LabelledRun r : runs) {
            for (LabelledRun.Scored s : r.scored(heldOut::get)) {
                int b = Math.min(bins - 1, (int) (s.score() * bins));
                n[b]++;
                sum[b] += s.score();
                boolean sup = s.gold() == Label.FAITHFUL || s.gold() == Label.PARAPHRASE;
                if (sup) supported[b]++;
                brier += Math.pow(s.score() - (sup ? 1 : 0), 2);
                count++;
            }
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "calibration of score (cross-validated probability of being supported) on %d labelled claims: Brier score %.3f%n", count, brier / count));
        sb.append("  score bin   claims  mean score  share supported\n");
        for (int b = 0; b < bins; b++) {
            if (n[b] == 0) continue;
            sb.append(String.format(Locale.ROOT, "  %.1f-%.1f  %7d  %10.3f  %15.3f%n", b / 10.0, (b + 1) / 10.0, n[b], sum[b] / n[b], supported[b] / (double) n[b]));
        }
        return sb.toString();
    }
}
