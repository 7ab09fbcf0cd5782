package io.transcheck.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file on disk to a SourceDocument: line numbers stay those of the file, whatever its line breaks. */
class DocumentReaderTest {
    @TempDir
    Path dir;

    @Test
    void mixedLineBreaks_lineNumbersOfTheFile() throws Exception {
        Path file = write("mixed.txt", "第一行。\r\n\r\n第三行。\r第四行。\n\n第六行。".getBytes(StandardCharsets.UTF_8));
        SourceDocument doc = DocumentReader.read(file);
        assertEquals(List.of(1, 2, 3, 4, 5, 6), doc.lines().stream().map(SourceLine::no).toList());
        assertEquals(List.of("第一行。", "", "第三行。", "第四行。", "", "第六行。"), doc.lines().stream().map(SourceLine::text).toList());
        assertEquals(LineKind.MARKUP, doc.lines().get(1).kind());
        assertEquals("mixed.txt", doc.id());
        assertTrue(doc.hasContent());
    }

    @Test
    void gb18030File_decodedWithHashOfRawBytes() throws Exception {
        byte[] bytes = "汤普森:我们再回到ChatGPT“意外成功”的话题上。\n奥特曼:没错。\n".getBytes(Charset.forName("GB18030"));
        SourceDocument doc = DocumentReader.read(write("gb.txt", bytes));
        assertEquals("GB18030", doc.charset());
        assertEquals("奥特曼:没错。", doc.lines().get(1).text());
        assertEquals(DocumentReader.sha256(bytes), doc.sha256());
        assertEquals(64, doc.sha256().length());
    }

    @Test
    void onlyBoilerplate_hasNoContent() throws Exception {
        SourceDocument doc = DocumentReader.read(write("nav.txt", "当前位置:首页 > 科技资讯 > 正文\n\n阅读原文\n".getBytes(StandardCharsets.UTF_8)));
        assertFalse(doc.hasContent());
    }

    @Test
    void folder_refusedWithAdvice() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        InputException e = assertThrows(InputException.class, () -> DocumentReader.read(dir.resolve("in")));
        assertTrue(e.getMessage().contains("this is a folder, not a file"), e.getMessage());
    }

    @Test
    void missingFile_refusedNamingIt() {
        Path missing = dir.resolve("gone.txt");
        InputException e = assertThrows(InputException.class, () -> DocumentReader.read(missing));
        assertEquals(missing.toString(), e.problem().file());
        assertTrue(e.getMessage().contains("the file does not exist"), e.getMessage());
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }
}
