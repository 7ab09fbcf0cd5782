package io.transcheck.job;

import io.transcheck.TranscheckApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of bad input in one nightly run: each gets its row in errors.csv and a status, the rest completes. */
class BadInputTest {
    @TempDir
    static Path dir;
    static JobFixture fx;
    static int exit;
    static Map<String, Map<String, String>> docs;
    static List<Map<String, String>> errors;

    @BeforeAll
    static void run() throws Exception {
        fx = new JobFixture(dir);
        fx.copySeed("001_7439e84836933ddf.txt", "transcript.txt");
        fx.copySeed("003_8743be825cb9e6ac.txt", "simplified-transcript.txt");
        fx.copySeed("000_ebe397025fdbd02a.txt", "good.txt");
        fx.copySeed("000_ebe397025fdbd02a.txt", "good-copy.txt");                 // a duplicate upload
        String article = Files.readString(Path.of("seeds/000_ebe397025fdbd02a.txt"));
        fx.write("in/empty.txt", new byte[0]);
        fx.write("in/scan.txt", new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', 0, 0, 5, 7});
        byte[] utf8 = (article.substring(0, 3000) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[utf8.length + 1];
        int at = (article.substring(0, 3000).indexOf('\n', 200) + 1);          // start of line 2 or later
        int byteAt = article.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        System.arraycopy(utf8, 0, broken, 0, byteAt);
        broken[byteAt] = (byte) 0xFF;
        System.arraycopy(utf8, byteAt, broken, byteAt + 1, utf8.length - byteAt);
        fx.write("in/bad-byte.txt", broken);
        fx.write("in/gbk.txt", article.substring(0, 6000).getBytes(Charset.forName("GB18030")));
        fx.write("in/big5.txt", big5Paragraphs().getBytes(Charset.forName("Big5")));
        fx.write("in/one-line.txt", "中".repeat(50_000).replace("中中中中中", "中文很长没有") .getBytes(StandardCharsets.UTF_8));
        fx.job("bad", """
                name: bad
                transcripts:
                  - in/transcript.txt
                  - in/simplified-transcript.txt
                edited:
                  - in/good.txt
                  - in/good-copy.txt
                  - in/empty.txt
                  - in/scan.txt
                  - in/bad-byte.txt
                  - in/gbk.txt
                  - in/big5.txt
                  - in/one-line.txt
                  - in/missing.txt
                  - in/nothing-*.txt
                speakers:
                  host: [主持人, 汤普森]
                  guest: [SA, 奥特曼]
                """);
        exit = fx.run("bad", "--transcheck.embeddings.enabled=false");
        docs = fx.rows("bad", "documents.csv").stream().collect(Collectors.toMap(r -> r.get("doc_id"), r -> r));
        errors = fx.rows("bad", "errors.csv");
    }

    /** Lines of the transcript that Big5 can encode (it mixes in a few Simplified characters Big5 lacks). */
    static String big5Paragraphs() throws Exception {
        CharsetEncoder enc = Charset.forName("Big5").newEncoder();
        return Files.readAllLines(Path.of("seeds/001_7439e84836933ddf.txt")).stream()
                .filter(l -> l.length() > 30 && enc.canEncode(l)).limit(40).collect(Collectors.joining("\n"));
    }

    static Map<String, String> error(String docId) {
        return errors.stream().filter(e -> e.get("doc_id").equals(docId) || e.get("file").endsWith(docId)).findFirst()
                .orElseThrow(() -> new AssertionError("no errors.csv row for " + docId + ": " + errors));
    }

    @Test
    void runCompletes_exit0() {
        assertEquals(TranscheckApplication.OK, exit);
        assertEquals("MATCHED", docs.get("good.txt").get("status"));
    }

    @Test
    void emptyFile_isAnError() {
        assertEquals("ERROR", docs.get("empty.txt").get("status"));
        assertTrue(error("empty.txt").get("problem").contains("empty"));
        assertTrue(!error("empty.txt").get("action").isBlank());
    }

    @Test
    void binaryFile_isAnErrorNamingItsKind() {
        assertEquals("ERROR", docs.get("scan.txt").get("status"));
        assertTrue(error("scan.txt").get("problem").contains("PDF"), error("scan.txt").toString());
    }

    @Test
    void invalidUtf8Byte_isReplacedAndReportedWithItsLine() {
        assertEquals("MATCHED", docs.get("bad-byte.txt").get("status"));
        Map<String, String> e = error("bad-byte.txt");
        assertEquals("WARNING", e.get("severity"));
        assertTrue(Integer.parseInt(e.get("line")) >= 2, e.toString());
    }

    @Test
    void gb18030AndBig5_areDecodedAndChecked() {
        assertEquals("GB18030", docs.get("gbk.txt").get("encoding"));
        assertEquals("MATCHED", docs.get("gbk.txt").get("status"));
        assertEquals("Big5", docs.get("big5.txt").get("encoding"));
        assertEquals("MATCHED", docs.get("big5.txt").get("status"));
    }

    @Test
    void enormousUnpunctuatedLine_isSplitAndCompletes() throws Exception {
        long rows = fx.rows("bad", "sentences.csv").stream().filter(r -> r.get("doc_id").equals("one-line.txt")).count();
        assertTrue(rows >= 50_000 / 300, "split into pieces: " + rows);
        assertTrue(docs.get("one-line.txt").get("status").matches("MATCHED|UNMATCHED"));
    }

    @Test
    void missingFileAndEmptyGlob_areReported() {
        assertEquals("ERROR", docs.get("missing.txt").get("status"));
        assertTrue(error("missing.txt").get("problem").contains("does not exist"));
        assertTrue(errors.stream().anyMatch(e -> e.get("problem").contains("nothing-*.txt") && e.get("severity").equals("WARNING")), errors.toString());
    }

    @Test
    void duplicateUpload_isCheckedOnce() {
        assertEquals("ERROR", docs.get("good-copy.txt").get("status"));
        assertTrue(error("good-copy.txt").get("problem").contains("same content as good.txt"));
    }

    @Test
    void simplifiedTranscript_isAWarning() {
        Map<String, String> e = error("simplified-transcript.txt");
        assertEquals("WARNING", e.get("severity"));
        assertTrue(e.get("problem").contains("Simplified"), e.toString());
    }
}
