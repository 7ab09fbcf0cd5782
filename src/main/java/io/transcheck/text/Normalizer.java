package io.transcheck.text;

import java.util.Map;

/**
 * Prepares text for comparison and keeps the way back to the original.
 *
 * <p>The order is fixed: script conversion first, on the untouched original, because OpenCC's
 * phrase segmentation needs the real neighbours of each character (and keeps lengths, see
 * {@link ChineseConverter}); then one pass of per-character folding, which may drop characters
 * and therefore builds the offset map.
 */
public final class Normalizer {

    private static final Map<Character, Character> PUNCTUATION = Map.ofEntries(
            Map.entry('，', ','), Map.entry('、', ','), Map.entry('﹐', ','),
            Map.entry('。', '.'), Map.entry('．', '.'), Map.entry('｡', '.'),
            Map.entry('：', ':'), Map.entry('；', ';'), Map.entry('？', '?'), Map.entry('！', '!'),
            Map.entry('「', '“'), Map.entry('『', '“'), Map.entry('‘', '“'), Map.entry('〝', '“'),
            Map.entry('」', '”'), Map.entry('』', '”'), Map.entry('’', '”'), Map.entry('〞', '”'),
            Map.entry('（', '('), Map.entry('）', ')'), Map.entry('【', '['), Map.entry('】', ']'),
            Map.entry('《', '《'), Map.entry('〈', '《'), Map.entry('〉', '》'),
            Map.entry('—', '-'), Map.entry('–', '-'), Map.entry('―', '-'), Map.entry('－', '-'),
            Map.entry('・', '·'), Map.entry('•', '·'), Map.entry('‧', '·'), Map.entry('･', '·'));

    private final ChineseConverter converter;

    public Normalizer() {
        this(ChineseConverter.instance());
    }

    Normalizer(ChineseConverter converter) {
        this.converter = converter;
    }

    public NormalizedText normalize(String original) {
        String converted = converter.toSimplified(original);
        StringBuilder out = new StringBuilder(converted.length());
        int[] map = new int[converted.length() + 1];
        int n = 0;
        for (int i = 0; i < converted.length(); i++) {
            char c = fold(converted.charAt(i));
            if (c == '*' || c == '`') continue;                  // Markdown emphasis and code marks
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                // keep one space only where it separates two Latin words or numbers
                if (n > 0 && isLatinOrDigit(out.charAt(n - 1)) && out.charAt(n - 1) != ' ') {
                    int next = nextNonSpace(converted, i + 1);
                    if (next >= 0 && isLatinOrDigit(fold(converted.charAt(next)))) {
                        out.append(' ');
                        map[n++] = i;
                    }
                }
                continue;
            }
            out.append(c);
            map[n++] = i;
        }
        int[] toOriginal = new int[n + 1];
        System.arraycopy(map, 0, toOriginal, 0, n);
        toOriginal[n] = original.length();
        return new NormalizedText(original, out.toString(), toOriginal);
    }

    static char fold(char c) {
        if (c >= '！' && c <= '～') {
            Character p = PUNCTUATION.get(c);
            if (p != null) return p;
            c = (char) (c - 0xFEE0);                             // full-width ASCII
        } else if (c == '\u3000') {
            return ' ';
        } else {
            Character p = PUNCTUATION.get(c);
            if (p != null) return p;
        }
        if (c >= 'A' && c <= 'Z') return (char) (c + 32);
        if (c == '"') return '"';
        return c;
    }

    private static int nextNonSpace(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) return i;
        }
        return -1;
    }

    static boolean isLatinOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
