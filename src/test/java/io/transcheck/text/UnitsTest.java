package io.transcheck.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Comparison units: one per Han character, one per Latin word or number, none for punctuation. */
class UnitsTest {

    @ParameterizedTest(name = "«{0}» has {1} units, compact «{2}»")
    @CsvSource(delimiter = '|', textBlock = """
            将幻觉率降低至1.3%                 | 8  | 将幻觉率降低至13
            gpt-5,sam altman                   | 4  | gpt5samaltman
            3.                                 | 1  | 3
            a.b                                | 2  | ab
            “意外成功”!                        | 4  | 意外成功
            字𠀀                               | 2  | 字𠀀
            ,.!                                | 0  | ''
            """)
    void normalized_unitCountAndCompactText(String normalized, int count, String compact) {
        assertEquals(count, Units.of(normalized).length);
        assertEquals(compact, Units.compact(normalized));
    }

    @Test
    void hanIsItsCodePoint_wordIsAboveUnicode() {
        int[] units = Units.of("降1.3至13");
        assertEquals(4, units.length);
        assertEquals('降', units[0]);
        assertTrue(Units.isWord(units[1]));
        assertFalse(Units.isWord(units[0]));
        assertNotEquals(units[1], units[3], "1.3 and 13 are different numbers");
        assertEquals(0x20000, Units.of("𠀀")[0]);
    }

    @Test
    void bigrams_adjacentPairsInOrder() {
        int[] units = Units.of("意外成");
        assertArrayEquals(new long[] {Units.pack('意', '外'), Units.pack('外', '成')}, Units.bigrams(units));
        assertArrayEquals(new long[] {Units.pack('意', 0)}, Units.bigrams(Units.of("意")));
        assertArrayEquals(new long[0], Units.bigrams(new int[0]));
        assertEquals(0x0000_0001_0000_0002L, Units.pack(1, 2));
    }
}
