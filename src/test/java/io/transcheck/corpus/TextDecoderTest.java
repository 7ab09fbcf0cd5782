package io.transcheck.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bytes to text: the encodings TextDecoder promises, and the inputs it must refuse with a reason. */
class TextDecoderTest {
    // lines from seeds/000 (Simplified) and seeds/001 (Traditional)
    private static final String SIMPLIFIED = """
            在短短七个月内,OpenAI完成了三项关键举措:
            1、推出GPT-5,将幻觉率降低至1.3%;
            汤普森:我们再回到ChatGPT“意外成功”的话题上。
            """;
    private static final String TRADITIONAL = """
            主持人: Sam Altman,歡迎回到 Stratechery。
            SA: 謝謝。
            研究這邊,我從未像現在這樣樂觀。這也是我們為何在產品與基礎設施上重注、先把路鋪好的原因。
            """;

    @Test
    void utf8WithoutBom_decodedAsIs() throws InputException {
        TextDecoder.Decoded d = TextDecoder.decode(SIMPLIFIED.getBytes(StandardCharsets.UTF_8), "a.txt");
        assertEquals(SIMPLIFIED, d.text());
        assertEquals("UTF-8", d.charset());
        assertEquals(List.of(), d.warnings());
    }

    @Test
    void utf8WithBom_bomDropped() throws InputException {
        TextDecoder.Decoded d = TextDecoder.decode(("\uFEFF" + SIMPLIFIED).getBytes(StandardCharsets.UTF_8), "a.txt");
        assertEquals(SIMPLIFIED, d.text());
        assertEquals("UTF-8", d.charset());
    }

    @Test
    void utf16LittleEndianWithBom_decoded() throws InputException {
        TextDecoder.Decoded d = TextDecoder.decode(("\uFEFF" + TRADITIONAL).getBytes(StandardCharsets.UTF_16LE), "a.txt");
        assertEquals(TRADITIONAL, d.text());
        assertEquals("UTF-16LE", d.charset());
    }

    @Test
    void gb18030Simplified_decodedToSameString() throws InputException {
        TextDecoder.Decoded d = TextDecoder.decode(SIMPLIFIED.getBytes(Charset.forName("GB18030")), "gb.txt");
        assertEquals(SIMPLIFIED, d.text());
        assertEquals("GB18030", d.charset());
    }

    @Test
    void big5Traditional_decodedToSameString() throws InputException {
        TextDecoder.Decoded d = TextDecoder.decode(TRADITIONAL.getBytes(Charset.forName("Big5")), "big5.txt");
        assertEquals(TRADITIONAL, d.text());
        assertEquals("Big5", d.charset());
    }

    @Test
    void pdf_refusedAsBinaryNamingTheFormat() {
        byte[] pdf = {'%', 'P', 'D', 'F', '-', '1', '.', '4', '\n', 0, 0, 5, 7};
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(pdf, "in/scan.txt"));
        assertEquals(InputProblem.Severity.ERROR, e.problem().severity());
        assertEquals("in/scan.txt", e.problem().file());
        assertTrue(e.getMessage().contains("binary file (PDF)"), e.getMessage());
    }

    @Test
    void nulBytes_refusedAsBinaryData() {
        byte[] bytes = "正文\u0000\u0000\u0000正文".getBytes(StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(bytes, "x.txt"));
        assertTrue(e.getMessage().startsWith("x.txt: this is a binary file (binary data)"), e.getMessage());
    }

    @Test
    void emptyOrBlankOrBomOnly_refusedAsEmpty() {
        for (byte[] bytes : List.of(new byte[0], " \r\n\t\n".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'})) {
            InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(bytes, "empty.txt"));
            assertTrue(e.getMessage().startsWith("empty.txt: the file is empty"), e.getMessage());
        }
    }

    /** Lines as DocumentReader splits them: \n, \r\n or a lone \r. */
    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void oneInvalidByteInUtf8_replacedWithWarningNamingItsLine(String eol) throws InputException {
        String text = String.join(eol, "第一行文字，内容足够长。", "第二行文字，内容足够长。", "第三行有坏字节X，内容。", "第四行文字，内容足够长。", "");
        TextDecoder.Decoded d = TextDecoder.decode(withByteAt(text, 'X', 0xFF), "bad.txt");
        assertEquals("UTF-8", d.charset());
        assertEquals(text.replace('X', '\uFFFD'), d.text());
        assertEquals(List.of(InputProblem.warning("bad.txt", 3, "invalid UTF-8 bytes on this line were replaced by �",
                "correct the line in the source file")), d.warnings());
    }

    @Test
    void mostlyInvalidBytes_refused() {
        byte[] bytes = {(byte) 0x81, 0x30, (byte) 0xFF, (byte) 0xFF, (byte) 0xFE, (byte) 0x80, (byte) 0x80};
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(bytes, "x.txt"));
        assertTrue(e.getMessage().startsWith("x.txt: the bytes are not valid UTF-8, GB18030 or Big5"), e.getMessage());
    }

    /** Lines of the seed transcript with characters that strict Big5 lacks and Windows' CP950 has (碁 銹 裏 恒). */
    static String cp950Transcript() throws Exception {
        java.nio.charset.CharsetEncoder big5 = Charset.forName("x-windows-950").newEncoder();
        List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of("seeds/001_7439e84836933ddf.txt")).stream()
                .filter(l -> l.length() > 30 && big5.canEncode(l)).limit(30).toList();
        return "主持人: 你在裏面下過圍碁嗎？\nSA: 恒心和鐵銹一樣，裏外都看得見。\n" + String.join("\n", lines) + "\n";
    }

    @Test
    void cp950TranscriptWithCharactersOutsideBig5_decodedAsCp950NotGb18030() throws Exception {
        String text = cp950Transcript();
        byte[] bytes = text.getBytes(Charset.forName("x-windows-950"));   // what Notepad's "ANSI" writes on a Traditional Windows
        assertThrows(java.nio.charset.CharacterCodingException.class, () -> Charset.forName("Big5").newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)));
        TextDecoder.Decoded d = TextDecoder.decode(bytes, "t.txt");
        assertEquals(text, d.text());
        assertEquals("CP950", d.charset());
        assertEquals(List.of(), d.warnings());
    }

    @Test
    void big5HkscsTranscript_decodedAsBig5Hkscs() throws Exception {
        String text = cp950Transcript().replace("SA: 恒心", "SA: 佢哋講咗㗎，恒心");
        TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(Charset.forName("Big5-HKSCS")), "hk.txt");
        assertEquals(text, d.text());
        assertEquals("Big5-HKSCS", d.charset());
    }

    @Test
    void simplifiedArticleInGb18030_notTakenForValidCp950() throws Exception {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of("seeds/003_8743be825cb9e6ac.txt"));
        byte[] bytes = text.getBytes(Charset.forName("GB18030"));
        TextDecoder.Decoded d = TextDecoder.decode(bytes, "gb.txt");
        assertEquals(text, d.text());
        assertEquals("GB18030", d.charset());
    }

    @Test
    void utf16WithoutBom_decoded() throws Exception {
        String text = cp950Transcript();
        TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16LE), "u.txt");
        assertEquals(text, d.text());
        assertEquals("UTF-16LE", d.charset());
    }

    @Test
    void noDecodingReadsAsChinese_errorNamingWhatWasTriedAndHowToResave() {
        java.util.Random r = new java.util.Random(7);
        byte[] bytes = new byte[3000];
        for (int i = 0; i < bytes.length; i += 2) {
            bytes[i] = (byte) (0xA4 + r.nextInt(0xC6 - 0xA4));   // byte pairs every Chinese charset decodes, as random characters
            bytes[i + 1] = (byte) (0xA1 + r.nextInt(0xFE - 0xA1));
        }
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(bytes, "x.txt"));
        assertEquals(InputProblem.Severity.ERROR, e.problem().severity());
        for (String tried : List.of("UTF-8", "GB18030", "Big5", "CP950", "Big5-HKSCS")) assertTrue(e.problem().problem().contains(tried), e.getMessage());
        assertTrue(e.problem().action().contains("save it as UTF-8"), e.problem().action());
    }

    /** The UTF-8 bytes of text with the (one-byte) marker char replaced by a raw byte. */
    private static byte[] withByteAt(String text, char marker, int raw) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        bytes[text.substring(0, text.indexOf(marker)).getBytes(StandardCharsets.UTF_8).length] = (byte) raw;
        return bytes;
    }
}
