package io.transcheck.eval;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import io.transcheck.check.Label;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Measures a report against gold labels (DESIGN.md, "Gold labels and evaluation"): a gold row
 * matches the first report row of the same document whose edited_text contains its key; flags
 * count PARAPHRASE_DRIFT and INVENTED_CLAIM together; alignment is right when transcript_text
 * contains the anchor.
 */
public final class Evaluator {

    /** A report row as the evaluator needs it. */
    record ReportRow(String docId, String editedText, Label label, String transcriptText) {}

    private Evaluator() {}

    public static Evaluation evaluate(Path sentencesCsv, List<Path> goldFiles) throws IOException {
        List<GoldRow> gold = new ArrayList<>();
        for (Path g : goldFiles) gold.addAll(readGold(g));
        return evaluate(readReport(sentencesCsv), gold);
    }

    /** Measures report rows held in memory (the accuracy regression test, the benchmark). */
    public static Evaluation evaluateRows(List<io.transcheck.report.SentenceRow> rows, List<GoldRow> gold) {
        return evaluate(rows.stream().map(r -> new ReportRow(r.docId(), r.editedText(), r.label(), r.transcriptText())).toList(), gold);
    }

    static Evaluation evaluate(List<ReportRow> report, List<GoldRow> gold) {
        List<Evaluation.Item> items = new ArrayList<>();
        for (GoldRow g : gold) {
            ReportRow match = report.stream()
                    .filter(r -> r.docId().equals(g.docFile()) && r.editedText().contains(g.key()))
                    .findFirst().orElse(null);
            items.add(new Evaluation.Item(g, match == null ? null : match.label(),
                    match == null ? null : match.transcriptText(), match == null ? null : match.editedText()));
        }
        return new Evaluation(items);
    }

    static List<ReportRow> readReport(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVReader reader = new CSVReader(r)) {
            List<String[]> rows = reader.readAll();
            if (rows.isEmpty()) throw new IOException(csv + ": empty report");
            String[] header = rows.get(0);
            if (header.length > 0 && header[0].startsWith("\uFEFF")) header[0] = header[0].substring(1);
            Map<String, Integer> col = new java.util.HashMap<>();
            for (int i = 0; i < header.length; i++) col.put(header[i], i);
            for (String need : List.of("doc_id", "edited_text", "label", "transcript_text")) {
                if (!col.containsKey(need)) throw new IOException(csv + ": no column '" + need + "'; is this a sentences.csv?");
            }
            List<ReportRow> out = new ArrayList<>();
            for (int i = 1; i < rows.size(); i++) {
                String[] r2 = rows.get(i);
                if (r2.length < header.length) continue;
                out.add(new ReportRow(r2[col.get("doc_id")], r2[col.get("edited_text")],
                        Label.valueOf(r2[col.get("label")]), r2[col.get("transcript_text")]));
            }
            return out;
        } catch (CsvException e) {
            throw new IOException(csv + ": not a readable CSV: " + e.getMessage(), e);
        }
    }

    public static List<GoldRow> readGold(Path tsv) throws IOException {
        List<GoldRow> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.isBlank()) continue;
            String[] p = line.split("\t", -1);
            if (p.length < 5) throw new IOException(tsv + ":" + (i + 1) + ": expected sentence_id, doc_file, key, label, anchor, reason (tab separated)");
            Label label;
            try {
                label = Label.valueOf(p[3].strip());
            } catch (IllegalArgumentException e) {
                throw new IOException(tsv + ":" + (i + 1) + ": unknown label '" + p[3] + "'");
            }
            out.add(new GoldRow(p[0], p[1], p[2], label, p[4], p.length > 5 ? p[5] : "", i + 1));
        }
        return out;
    }

    /** Precision, recall and F1 of one class. */
    public record Prf(int truePositives, int predicted, int actual) {
        public double precision() { return predicted == 0 ? 0 : truePositives / (double) predicted; }
        public double recall() { return actual == 0 ? 0 : truePositives / (double) actual; }
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    static Map<Label, Prf> perLabel(List<Evaluation.Item> items) {
        Map<Label, Prf> out = new EnumMap<>(Label.class);
        for (Label l : Label.values()) {
            int tp = 0;
            int pred = 0;
            int act = 0;
            for (Evaluation.Item it : items) {
                if (it.gold().label() == l) act++;
                if (it.predicted() == l) pred++;
                if (it.gold().label() == l && it.predicted() == l) tp++;
            }
            out.put(l, new Prf(tp, pred, act));
        }
        return out;
    }
}
