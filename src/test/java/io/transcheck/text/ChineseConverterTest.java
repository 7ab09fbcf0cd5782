package io.transcheck.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Traditional to Simplified with the corrections of text/t2s-overrides.tsv, length kept. */
class ChineseConverterTest {
    private static final ChineseConverter CONVERTER = ChineseConverter.instance();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            隨著時間推移        | 随着时间推移
            他看著我說          | 他看着我说
            這是著名的作家      | 这是著名的作家
            效果顯著            | 效果显著
            澳洲土著            | 澳洲土著
            一部名著            | 一部名著
            這裡很乾淨          | 这里很干净
            天氣乾燥            | 天气干燥
            乾脆不做了          | 干脆不做了
            不要乾擾他          | 不要干扰他
            乾隆皇帝            | 乾隆皇帝
            你在說甚麼          | 你在说什么
            牠們很可愛          | 它们很可爱
            頭髮和發展          | 头发和发展
            Sam 說：「歡迎」。  | Sam 说：「欢迎」。
            """)
    void traditional_simplifiedWithOverrides(String traditional, String simplified) {
        String out = CONVERTER.toSimplified(traditional);
        assertEquals(simplified, out);
        assertEquals(traditional.length(), out.length());
    }

    @Test
    void simplified_unchanged() {
        String s = "汤普森:我们再回到ChatGPT“意外成功”的话题上。随着时间推移,这一点显著。";
        assertEquals(s, CONVERTER.toSimplified(s));
        assertEquals(0.0, CONVERTER.traditionalShare(s));
    }

    @Test
    void traditionalShare_shareOfChangedHan() {
        assertEquals(0.75, CONVERTER.traditionalShare("謝謝你們!"), 1e-9);   // 謝, 謝, 們 change; 你 does not; "!" is no Han
    }

    @Test
    void empty_staysEmpty() {
        assertEquals("", CONVERTER.toSimplified(""));
        assertEquals(0.0, CONVERTER.traditionalShare("SA: OK"));
    }
}
