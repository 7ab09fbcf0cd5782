package io.transcheck.text;

import java.util.Arrays;

/**
 * The comparison units of normalized text: each Han character is a unit, each run of Latin
 * letters or digits (with a decimal point inside) is one unit; punctuation and spaces are not
 * units. Units are ints (a Han code point, or a hash above the Unicode range for a word), so
 * that n-grams pack into longs.
 */
public final class Units {
    private static final int WORD_BASE = 0x110000;

    private Units() {}

    public static int[] of(String normalized) {
        int[] out = new int[normalized.length()];
        int n = 0;
        int i = 0;
        while (i < normalized.length()) {
            int cp = normalized.codePointAt(i);
            if (isWordChar(cp)) {
                int j = i;
                int h = 0;
                while (j < normalized.length()) {
                    char c = normalized.charAt(j);
                    if (isWordChar(c)) {
                        h = 31 * h + c;
                        j++;
                    } else if (c == '.' && j > i && j + 1 < normalized.length() && isDigit(normalized.charAt(j - 1)) && isDigit(normalized.charAt(j + 1))) {
                        h = 31 * h + c;
                        j++;
                    } else {
                        break;
                    }
                }
                out[n++] = WORD_BASE + (h & 0x3FFFFFFF);
                i = j;
            } else {
                if (Character.isLetterOrDigit(cp)) out[n++] = cp;
                i += Character.charCount(cp);
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Adjacent unit pairs as longs, in order (with repeats). */
    public static long[] bigrams(int[] units) {
        if (units.length < 2) return units.length == 1 ? new long[] {pack(units[0], 0)} : new long[0];
        long[] out = new long[units.length - 1];
        for (int i = 0; i + 1 < units.length; i++) out[i] = pack(units[i], units[i + 1]);
        return out;
    }

    public static long pack(int a, int b) {
        return ((long) a << 32) | (b & 0xFFFFFFFFL);
    }

    public static boolean isWord(int unit) {
        return unit >= WORD_BASE;
    }

    /** The clauses of a text: the pieces between clause punctuation, either width (，。；：？！ and ASCII). */
    public static String[] clauses(String text) {
        return text.split("[,;:.?!，；：。？！]");
    }

    /** The text of the units only (no punctuation or spaces), for order-aware comparison. */
    public static String compact(String normalized) {
        StringBuilder sb = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) sb.append(c);
        }
        return sb.toString();
    }

    private static boolean isWordChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
