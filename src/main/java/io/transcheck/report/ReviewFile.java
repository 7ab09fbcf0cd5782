package io.transcheck.report;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import io.transcheck.corpus.InputException;
import io.transcheck.corpus.InputProblem;
import io.transcheck.corpus.TextDecoder;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a flagged.csv that a reviewer filled in and saved (from Excel, LibreOffice or a text editor:
 * any encoding transcheck reads, apostrophes that neutralized formulas removed). Rows without a
 * decision are skipped; a decision that is not one of the three is reported with its line.
 */
public final class ReviewFile {
    private static final List<String> NEEDED = List.of("doc_id", "edited_text", "transcript_id", "transcript_text", "decision");

    public record Result(List<Review> reviews, List<InputProblem> problems) {}

    private ReviewFile() {}

    public static Result read(Path file) {
        String where = file.toString();
        List<Review> reviews = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        List<String[]> rows;
        try {
            TextDecoder.Decoded text = TextDecoder.decode(java.nio.file.Files.readAllBytes(file), where);
            try (CSVReader r = new CSVReader(new StringReader(text.text()))) {
                rows = r.readAll();
            }
        } catch (InputException e) {
            return new Result(List.of(), List.of(e.problem()));
        } catch (IOException | CsvException e) {
            return new Result(List.of(), List.of(InputProblem.error(where, 0, "cannot read the review file: " + e.getMessage(),
                    "save it again as CSV from the spreadsheet")));
        }
        if (rows.isEmpty()) return new Result(List.of(), List.of());
        Map<String, Integer> col = new HashMap<>();
        String[] header = rows.get(0);
        for (int i = 0; i < header.length; i++) col.put(header[i].replace("\uFEFF", "").strip(), i);
        for (String need : NEEDED) {
            if (!col.containsKey(need)) {
                return new Result(List.of(), List.of(InputProblem.error(where, 1, "no column '" + need + "'; this is not a flagged.csv",
                        "save the reviewed flagged.csv with its header row")));
            }
        }
        for (int i = 1; i < rows.size(); i++) {
            String[] r = rows.get(i);
            String decision = cell(r, col.get("decision")).toUpperCase(Locale.ROOT).replace(' ', '_');
            if (decision.isEmpty()) continue;
            Review.Decision d;
            try {
                d = Review.Decision.valueOf(decision);
            } catch (IllegalArgumentException e) {
                problems.add(InputProblem.warning(where, i + 1, "decision '" + cell(r, col.get("decision")) + "' is not CONFIRMED, FALSE_POSITIVE or FIXED; row ignored",
                        "correct the decision and save the file again"));
                continue;
            }
            reviews.add(new Review(cell(r, col.get("doc_id")), cell(r, col.get("edited_text")), cell(r, col.get("transcript_id")),
                    cell(r, col.get("transcript_text")), d, col.containsKey("note") ? cell(r, col.get("note")) : ""));
        }
        return new Result(reviews, problems);
    }

    /** A cell as transcheck wrote it: the apostrophe that neutralized a formula-like start removed. */
    private static String cell(String[] row, int i) {
        if (i >= row.length) return "";
        String c = row[i];
        if (c.length() > 1 && c.charAt(0) == '\'' && "=+-@\t\r＝＋－＠".indexOf(c.charAt(1)) >= 0) c = c.substring(1);
        return c.strip();
    }
}
