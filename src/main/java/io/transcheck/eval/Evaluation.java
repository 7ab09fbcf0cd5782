package io.transcheck.eval;

import io.transcheck.check.Label;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The outcome of comparing a report with gold labels, and its printout. */
public record Evaluation(List<Item> items) {

    /**
     * One gold row and what the report said.
     *
     * @param predicted the report's label, or null when no report row contains the key
     */
    public record Item(GoldRow gold, Label predicted, String transcriptText, String editedText) {
        boolean found() { return predicted != null; }
        boolean goldFlag() { return gold.label().flagged(); }
        boolean predictedFlag() { return predicted != null && predicted.flagged(); }
        boolean hasAnchor() { return !gold.anchor().isEmpty(); }
        boolean aligned() { return transcriptText != null && transcriptText.contains(gold.anchor()); }
    }

    public Evaluator.Prf flags() {
        int tp = 0;
        int pred = 0;
        int act = 0;
        for (Item it : items) {
            if (it.goldFlag()) act++;
            if (it.predictedFlag()) pred++;
            if (it.goldFlag() && it.predictedFlag()) tp++;
        }
        return new Evaluator.Prf(tp, pred, act);
    }

    public Map<Label, Evaluator.Prf> perLabel() {
        return Evaluator.perLabel(items);
    }

    /** Share of gold rows with an anchor whose report row shows a passage containing it. */
    public double alignmentAccuracy() {
        long withAnchor = items.stream().filter(Item::hasAnchor).count();
        long right = items.stream().filter(Item::hasAnchor).filter(Item::aligned).count();
        return withAnchor == 0 ? 0 : right / (double) withAnchor;
    }

    public long alignmentRows() {
        return items.stream().filter(Item::hasAnchor).count();
    }

    public long notFound() {
        return items.stream().filter(i -> !i.found()).count();
    }

    public String format(boolean listMisses) {
        StringBuilder sb = new StringBuilder();
        Evaluator.Prf f = flags();
        sb.append(String.format(Locale.ROOT, "gold rows: %d (not found in the report: %d)%n", items.size(), notFound()));
        sb.append(String.format(Locale.ROOT, "flags (PARAPHRASE_DRIFT + INVENTED_CLAIM): precision %.3f  recall %.3f  F1 %.3f  (%d right of %d flagged, %d in gold)%n",
                f.precision(), f.recall(), f.f1(), f.truePositives(), f.predicted(), f.actual()));
        sb.append(String.format(Locale.ROOT, "alignment accuracy: %.3f (%d rows with an anchor)%n", alignmentAccuracy(), alignmentRows()));
        sb.append(String.format(Locale.ROOT, "%-18s %9s %9s %9s %6s %6s%n", "label", "precision", "recall", "F1", "gold", "pred"));
        perLabel().forEach((l, p) -> sb.append(String.format(Locale.ROOT, "%-18s %9.3f %9.3f %9.3f %6d %6d%n",
                l.name(), p.precision(), p.recall(), p.f1(), p.actual(), p.predicted())));
        sb.append("confusion (rows gold, columns predicted; - = not found):\n");
        sb.append(String.format(Locale.ROOT, "%-18s", ""));
        for (Label l : Label.values()) sb.append(String.format(Locale.ROOT, " %5s", abbreviate(l)));
        sb.append("     -\n");
        for (Label g : Label.values()) {
            sb.append(String.format(Locale.ROOT, "%-18s", g.name()));
            for (Label p : Label.values()) {
                sb.append(String.format(Locale.ROOT, " %5d", items.stream().filter(i -> i.gold().label() == g && i.predicted() == p).count()));
            }
            sb.append(String.format(Locale.ROOT, " %5d%n", items.stream().filter(i -> i.gold().label() == g && !i.found()).count()));
        }
        if (listMisses) {
            sb.append("\nlabel misses:\n");
            for (Item it : items) {
                if (it.predicted() != it.gold().label()) {
                    sb.append(String.format(Locale.ROOT, "  %s %s gold=%s predicted=%s  «%s»%n      why gold: %s%n", it.gold().id(),
                            it.gold().docFile(), it.gold().label(), it.found() ? it.predicted() : "NOT FOUND", it.gold().key(), it.gold().reason()));
                }
            }
            sb.append("\nalignment misses:\n");
            for (Item it : items) {
                if (it.hasAnchor() && !it.aligned()) {
                    sb.append(String.format(Locale.ROOT, "  %s «%s»%n      anchor: %s%n      shown:  %s%n", it.gold().id(), it.gold().key(),
                            it.gold().anchor(), it.transcriptText() == null ? "(row not found)" : it.transcriptText()));
                }
            }
        }
        return sb.toString();
    }

    private static String abbreviate(Label l) {
        return switch (l) {
            case NOT_A_CLAIM -> "NAC";
            case FAITHFUL -> "FAITH";
            case PARAPHRASE -> "PARA";
            case PARAPHRASE_DRIFT -> "DRIFT";
            case INVENTED_CLAIM -> "INV";
        };
    }
}
