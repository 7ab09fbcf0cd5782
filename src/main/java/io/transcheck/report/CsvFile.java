package io.transcheck.report;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one report file: UTF-8 with BOM (so Excel shows Chinese), RFC 4180 quoting with CRLF
 * line ends, a header row, and no cell a spreadsheet would execute. The file is written next to
 * its target under a temporary name and moved into place ({@link AtomicFile}), so a reader never
 * sees half of it.
 */
public final class CsvFile {
    private CsvFile() {}

    public static void write(Path target, List<String> header, List<List<String>> rows) throws IOException {
        AtomicFile.write(target, w -> {
            w.write('\uFEFF');
            ICSVWriter csv = new CSVWriter(w, ',', '"', '"', "\r\n");
            csv.writeNext(header.toArray(String[]::new), false);
            for (List<String> row : rows) {
                csv.writeNext(row.stream().map(CsvFile::neutralize).toArray(String[]::new), false);
            }
            csv.flush();
            if (csv.checkError()) throw new IOException("writing " + target + " failed");
        });
    }

    /** A cell starting with = + - @, tab or CR would run as a formula: prefix it with an apostrophe. */
    public static String neutralize(String cell) {
        if (cell == null || cell.isEmpty()) return "";
        char c = cell.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                || c == '＝' || c == '＋' || c == '－' || c == '＠') {
            return "'" + cell;
        }
        return cell;
    }
}
