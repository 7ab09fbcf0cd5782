package io.transcheck.check;

/** Chinese numerals as numbers: 三十 → 30, 一万亿 → 1e12, 两千五百 → 2500. */
final class ChineseNumerals {
    private ChineseNumerals() {}

    /** The value of one digit character (零 to 九, 两), or -1. */
    static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    /** 三十 → 30, 一万亿 → 1e12, 两千五百 → 2500, 十几 → 10; NaN if not a numeral. */
    static double parse(String s) {
        double total = 0;      // sections closed by 亿
        double section = 0;    // sections closed by 万
        double current = 0;
        int pending = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                pending = d;
                continue;
            }
            int mul = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10_000;
                case '亿' -> 100_000_000;
                default -> 0;
            };
            if (mul == 0) return Double.NaN;
            if (mul < 10_000) {
                current += (pending < 0 ? 1 : pending) * mul;
                pending = -1;
            } else if (mul == 10_000) {
                section = (section + current + Math.max(pending, 0)) * 10_000;
                current = 0;
                pending = -1;
            } else {
                total = (total + section + current + Math.max(pending, 0)) * 100_000_000;
                section = 0;
                current = 0;
                pending = -1;
            }
        }
        double v = total + section + current + Math.max(pending, 0);
        return s.isEmpty() ? Double.NaN : v;
    }

}
