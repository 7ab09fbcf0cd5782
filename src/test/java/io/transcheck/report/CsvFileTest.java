package io.transcheck.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvFileTest {

    @Test
    void report_isUtf8WithBomCrlfAndQuotedWhereNeeded(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.csv");
        CsvFile.write(f, List.of("a", "b"), List.of(List.of("中文,逗号", "说:“好”\"引号\""), List.of("多\n行", "")));
        byte[] bytes = Files.readAllBytes(f);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals("a,b\r\n\"中文,逗号\",\"说:“好”\"\"引号\"\"\"\r\n\"多\n行\",\r\n", text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "＝1+1"})
    void cellThatASpreadsheetWouldExecute_isNeutralized(String cell) {
        String safe = CsvFile.neutralize(cell);
        assertTrue(safe.startsWith("'"), safe);
        assertEquals(cell, safe.substring(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"正常的句子", "1+1", "a=b", "“引号”"})
    void ordinaryCell_isUnchanged(String cell) {
        assertEquals(cell, CsvFile.neutralize(cell));
    }

    @Test
    void rewrite_leavesNoTemporaryFiles(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.csv");
        CsvFile.write(f, List.of("a"), List.of(List.of("1")));
        CsvFile.write(f, List.of("a"), List.of(List.of("2")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(f), files.toList());
        }
        assertTrue(Files.readString(f).endsWith("2\r\n"));
    }

    @Test
    void publishLatest_pointsAtTheNewRunWithoutAGap(@TempDir Path dir) throws IOException {
        ReportSet empty = new ReportSet(List.of(), List.of(), List.of());
        ReportWriter.write(dir, "run1", empty);
        ReportWriter.publishLatest(dir, "run1");
        ReportWriter.write(dir, "run2", new ReportSet(List.of(), List.of(), List.of(new ErrorRow("", "f.txt", 3, "ERROR", "broken", "fix it"))));
        ReportWriter.publishLatest(dir, "run2");
        String errors = Files.readString(dir.resolve("latest").resolve(ReportWriter.ERRORS));
        assertTrue(errors.contains("broken"), errors);
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith(".")), "temporary entries left behind");
        }
    }
}
