package io.transcheck.report;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import com.opencsv.exceptions.CsvException;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of the {@code pairs} command (DESIGN.md): in, UTF-8 TSV with the header
 * {@code id, source, claim}; out, TSV with the header {@code id, label, score, reasons}, one row per
 * input row in order. RFC 4180 quoting is read and written where a cell needs it (a tab, a quote, a
 * line break). A row that cannot be read keeps its place in the output, with the reason.
 */
public final class PairsFile {
    public static final List<String> INPUT = List.of("id", "source", "claim");
    public static final List<String> OUTPUT = List.of("id", "label", "score", "reasons");

    private PairsFile() {}

    /**
     * A row of the input: a pair, or what is wrong with it.
     *
     * @param line    the line of the file it starts on
     * @param problem why it cannot be judged, or null
     */
    public record Row(int line, String id, String source, String claim, String problem) {
        public boolean readable() {
            return problem == null;
        }
    }

    /** Reads the pairs; throws, naming the file, when the file as a whole is unusable (not UTF-8, no header). */
    public static List<Row> read(Path file) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not UTF-8; save it as UTF-8 (TSV with the header id, source, claim)");
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<Row> out = new ArrayList<>();
        try (Reader r = new StringReader(text);
             CSVReader csv = new CSVReaderBuilder(r).withCSVParser(new CSVParserBuilder().withSeparator('\t').withQuoteChar('"').build()).build()) {
            String[] header = csv.readNext();
            if (header == null || header.length < 3 || !List.of(header).subList(0, 3).stream().map(String::strip).toList().equals(INPUT)) {
                throw new IOException(file + ":1: the first line must be the header id<TAB>source<TAB>claim");
            }
            while (true) {
                int line = (int) csv.getLinesRead() + 1;
                String[] cells;
                try {
                    cells = csv.readNext();
                } catch (CsvException e) {
                    out.add(new Row(line, "", "", "", e.getMessage()));
                    continue;
                }
                if (cells == null) break;
                if (cells.length == 1 && cells[0].isBlank()) continue;
                String id = cells[0].strip();
                if (cells.length != 3) {
                    out.add(new Row(line, id, "", "", "expected 3 tab-separated cells (id, source, claim), found " + cells.length));
                } else if (id.isEmpty() || cells[1].isBlank() || cells[2].isBlank()) {
                    out.add(new Row(line, id, cells[1], cells[2], "the id, the source and the claim must not be empty"));
                } else {
                    out.add(new Row(line, id, cells[1], cells[2], null));
                }
            }
        } catch (CsvException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Writes the answers, one row per input row (cells: id, label, score, reasons), to a temporary file moved into place. */
    public static void write(Path target, List<List<String>> rows) throws IOException {
        AtomicFile.write(target, w -> {
            ICSVWriter tsv = new CSVWriter(w, '\t', '"', '"', "\n");
            tsv.writeNext(OUTPUT.toArray(String[]::new), false);
            for (List<String> row : rows) tsv.writeNext(row.toArray(String[]::new), false);
            tsv.flush();
            if (tsv.checkError()) throw new IOException("writing " + target + " failed");
        });
    }
}
