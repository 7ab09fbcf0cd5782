package io.transcheck.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text for comparison, and the offset of every normalized char in the original. */
class NormalizerTest {
    private static final Normalizer NORMALIZER = new Normalizer();

    /** Cases: original | normalized | original offset of each normalized char, then the original end. */
    @ParameterizedTest(name = "«{0}» → «{1}»")
    @CsvSource(delimiter = '|', textBlock = """
            ＡＢＣ１２３                  | abc123                 | 0 1 2 3 4 5 6
            你好，世界。                  | 你好,世界.             | 0 1 2 3 4 5 6
            「歡迎」、『好』              | “欢迎”,“好”            | 0 1 2 3 4 5 6 7 8
            隨著時間                      | 随着时间               | 0 1 2 3 4
            Sam Altman 說：好！           | sam altman说:好!       | 0 1 2 3 4 5 6 7 8 9 11 12 13 14 15
            GPT - 5                       | gpt-5                  | 0 1 2 4 6 7
            **粗體**和`代码`              | 粗体和代码             | 2 3 6 8 9 11
            a　b                          | a b                    | 0 1 2 3
            中　文 字                     | 中文字                 | 0 2 4 5
            １．３％                      | 1.3%                   | 0 1 2 3 4
            菲吉・西莫——OpenAI            | 菲吉·西莫--openai      | 0 1 2 3 4 5 6 7 8 9 10 11 12 13
            """)
    void normalize_textAndOffsets(String original, String normalized, String offsets) {
        NormalizedText t = NORMALIZER.normalize(original);
        assertEquals(normalized, t.text());
        int[] expected = Arrays.stream(offsets.split(" ")).mapToInt(Integer::parseInt).toArray();
        assertEquals(Arrays.toString(expected), Arrays.toString(IntStream.rangeClosed(0, t.length()).map(t::originalOffset).toArray()));
    }

    @Test
    void originalRange_returnsTheOriginalBehindANormalizedRange() {
        String original = "汤普森：我们再回到 ChatGPT “意外成功” 的话题上。";
        NormalizedText t = NORMALIZER.normalize(original);
        int start = t.text().indexOf("chatgpt");
        assertEquals("ChatGPT", t.originalRange(start, start + 7));
        int quote = t.text().indexOf("“意外成功”");
        assertEquals("“意外成功”", t.originalRange(quote, quote + 6));
        assertEquals(original, t.originalRange(0, t.length()));
    }

    @Test
    void supplementaryCharacter_keptWholeInOriginalRange() {
        NormalizedText t = NORMALIZER.normalize("字𠀀好");
        assertEquals("字𠀀好", t.text());
        assertEquals("𠀀", t.originalRange(1, 2));
    }

    /**
     * Over random mixes of Traditional and Simplified Han, ASCII, full-width forms, punctuation and
     * spaces: each normalized char is the fold of the converted char at its original offset (a kept
     * space stands for whitespace), offsets never go back, and normalizing twice changes nothing.
     */
    @Test
    void randomText_everyCharMapsBackToTheCharItCameFrom() {
        String pool = "的是我們這個說會對乾淨著名隨著裡發頭髮后後台颱干幹显著AbcXYZ0189ＡＢｚ０９，。！？：；「」『』（）【】《》〈〉—–－・•‘’“”\"'*` 　\t\n.,!?-";
        String[] supplementary = {"𠀀", "😀"};
        Random random = new Random(20251001);
        ChineseConverter converter = ChineseConverter.instance();
        for (int k = 0; k < 200; k++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                if (random.nextInt(40) == 0) sb.append(supplementary[random.nextInt(supplementary.length)]);
                else sb.append(pool.charAt(random.nextInt(pool.length())));
            }
            String original = sb.toString();
            String converted = converter.toSimplified(original);
            NormalizedText t = NORMALIZER.normalize(original);
            String where = "«" + original + "» → «" + t.text() + "»";
            assertEquals(original.length(), converted.length(), where);
            assertEquals(original.length(), t.originalOffset(t.length()), where);
            for (int i = 0; i < t.length(); i++) {
                int at = t.originalOffset(i);
                assertTrue(at >= 0 && at < original.length() && (i == 0 || at >= t.originalOffset(i - 1)), where + " offset " + i);
                char c = t.text().charAt(i);
                if (c == ' ') assertTrue(Character.isWhitespace(original.charAt(at)) || Character.isSpaceChar(original.charAt(at)), where + " at " + i);
                else assertEquals(Normalizer.fold(converted.charAt(at)), c, where + " at " + i);
            }
            assertEquals(t.text(), NORMALIZER.normalize(t.text()).text(), "idempotent: " + where);
        }
    }
}
