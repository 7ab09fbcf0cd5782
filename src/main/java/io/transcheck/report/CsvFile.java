package io.transcheck.report;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Writes one report file: UTF-8 with BOM (so Excel shows Chinese), RFC 4180 quoting with CRLF
 * line ends, a header row, and no cell a spreadsheet would execute. The file is written next to
 * its target under a temporary name and moved into place, so a reader never sees half of it.
 */
public final class CsvFile {
    private CsvFile() {}

    public static void write(Path target, List<String> header, List<List<String>> rows) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp);
                 Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                w.write('\uFEFF');
                ICSVWriter csv = new CSVWriter(w, ',', '"', '"', "\r\n");
                csv.writeNext(header.toArray(String[]::new), false);
                for (List<String> row : rows) {
                    csv.writeNext(row.stream().map(CsvFile::neutralize).toArray(String[]::new), false);
                }
                csv.flush();
                if (csv.checkError()) throw new IOException("writing " + target + " failed");
            }
            readableByAll(tmp);
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
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

    /** Temporary files are private; a report is for whoever may read the folder. */
    private static void readableByAll(Path p) throws IOException {
        if (p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
