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

    /** The UTF-8 bytes of text with the (one-byte) marker char replaced by a raw byte. */
    private static byte[] withByteAt(String text, char marker, int raw) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        bytes[text.substring(0, text.indexOf(marker)).getBytes(StandardCharsets.UTF_8).length] = (byte) raw;
        return bytes;
    }
}
