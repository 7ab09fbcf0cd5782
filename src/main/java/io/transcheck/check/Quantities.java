package io.transcheck.check;

import io.transcheck.corpus.Resources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads numbers from normalized (Simplified, half-width) text: Arabic and Chinese numerals, 万/亿
 * scales, percentages (30%, 百分之三十, 三成), ranges (6至8周, 一两次) and durations (七个月, 两年半).
 * Chinese numerals count only when a unit or measure word follows; 一 followed by a measure word
 * alone is an indefinite article. Version numbers (GPT-5), list markers and ordinals are skipped.
 */
public final class Quantities {
    private static final String DIGITS = "零〇一二两三四五六七八九";
    private static final String CN_NUMERAL = DIGITS + "十百千万亿";

    private record Unit(String word, String kind, double multiplier, boolean article) {}

    private static final List<Unit> UNITS = loadUnits();
    private static final List<String> NOT_NUMBERS = Resources.words("/check/numbers.txt");

    private Quantities() {}

    public static List<Quantity> of(String text) {
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '第' && i + 1 < text.length() && isNumeralChar(text.charAt(i + 1))) {
                i = readOrdinal(text, i, out);                     // 第一步, 第3季, 全球第二
                continue;
            }
            RelativeTime rel = relativeAt(text, i);
            if (rel != null) {                                     // 今年 / 明年: a date too
                out.add(new Quantity(rel.offset(), rel.offset(), rel.kind(), rel.word()));
                i += rel.word().length();
                continue;
            }
            if (isAsciiDigit(c)) {
                i = readArabic(text, i, out);
            } else if (text.startsWith("百分之", i)) {
                i = readPercentWords(text, i, out);
            } else if (c == '几' && i + 1 < text.length() && "十百千万".indexOf(text.charAt(i + 1)) >= 0) {
                double mul = ChineseNumerals.parse(text.substring(i + 1, i + 2));
                i = finish(text, i, i + 2, 2 * mul, 9 * mul, out);   // 几十件: some tens
            } else if (CN_NUMERAL.indexOf(c) >= 0 && !insideWord(text, i)) {
                i = readChinese(text, i, out);
            } else {
                i++;
            }
        }
        return out;
    }

    private static int readOrdinal(String text, int start, List<Quantity> out) {
        int end = skipNumeral(text, start + 1);
        String n = text.substring(start + 1, end);
        double v = isAsciiDigit(n.charAt(0)) ? parseDoubleSafe(n) : ChineseNumerals.parse(n);
        if (!Double.isNaN(v)) out.add(new Quantity(v, v, "ordinal", text.substring(start, end)));
        return end;
    }

    /** A word that names a time relative to now (今年, 下个月), as an offset in its unit. */
    private record RelativeTime(String word, String kind, int offset) {}

    private static final List<RelativeTime> RELATIVE = Resources.lines("/check/relative-times.tsv").stream().map(l -> {
        String[] p = l.text().split("\t");
        return new RelativeTime(p[0], p[1], Integer.parseInt(p[2]));
    }).sorted(Comparator.comparingInt((RelativeTime r) -> -r.word().length())).toList();

    private static RelativeTime relativeAt(String text, int i) {
        for (RelativeTime r : RELATIVE) if (text.startsWith(r.word(), i)) return r;
        return null;
    }

    private static int readArabic(String text, int start, List<Quantity> out) {
        int i = start;
        while (i < text.length() && (isAsciiDigit(text.charAt(i)) || (text.charAt(i) == ',' && i + 3 < text.length()
                && isAsciiDigit(text.charAt(i + 1)) && isAsciiDigit(text.charAt(i + 2)) && isAsciiDigit(text.charAt(i + 3))))) i++;
        if (i + 1 < text.length() && text.charAt(i) == '.' && isAsciiDigit(text.charAt(i + 1))) {
            i++;
            while (i < text.length() && isAsciiDigit(text.charAt(i))) i++;
        }
        double value = Double.parseDouble(text.substring(start, i).replace(",", ""));
        if (isVersionOrMarker(text, start, i)) return i;
        return finish(text, start, i, value, value, out);
    }

    private static int readChinese(String text, int start, List<Quantity> out) {
        int i = start;
        while (i < text.length() && CN_NUMERAL.indexOf(text.charAt(i)) >= 0) i++;
        String numeral = text.substring(start, i);
        double min;
        double max;
        // 一两次, 三四个: two adjacent digits make a range
        if (numeral.length() == 2 && DIGITS.indexOf(numeral.charAt(0)) > 0 && DIGITS.indexOf(numeral.charAt(1)) > 0
                && ChineseNumerals.digit(numeral.charAt(1)) == ChineseNumerals.digit(numeral.charAt(0)) + 1) {
            min = ChineseNumerals.digit(numeral.charAt(0));
            max = ChineseNumerals.digit(numeral.charAt(1));
        } else {
            double v = ChineseNumerals.parse(numeral);
            if (Double.isNaN(v)) return i;
            if (i + 1 < text.length() && text.charAt(i) == '点' && DIGITS.indexOf(text.charAt(i + 1)) >= 0) {
                int j = i + 1;
                StringBuilder frac = new StringBuilder("0.");
                while (j < text.length() && DIGITS.indexOf(text.charAt(j)) >= 0) frac.append(ChineseNumerals.digit(text.charAt(j++)));
                v += Double.parseDouble(frac.toString());
                i = j;
            }
            min = max = v;
        }
        Unit unit = unitAt(text, skipApprox(text, i));
        boolean multiChar = numeral.length() > 1 || "十百千万亿".indexOf(numeral.charAt(0)) >= 0;
        if (unit == null && !multiChar) return i;                // a lone numeral is a word, not a number
        if (unit != null && unit.article() && numeral.equals("一")) return i;   // 一个, 一种: an article
        return finish(text, start, i, min, max, out);
    }

    private static int readPercentWords(String text, int start, List<Quantity> out) {
        int i = start + 3;
        int j = i;
        while (j < text.length() && (CN_NUMERAL.indexOf(text.charAt(j)) >= 0 || isAsciiDigit(text.charAt(j)) || text.charAt(j) == '.')) j++;
        if (j == i) return i;
        String n = text.substring(i, j);
        double v = isAsciiDigit(n.charAt(0)) ? parseDoubleSafe(n) : ChineseNumerals.parse(n);
        if (!Double.isNaN(v)) out.add(new Quantity(v, v, "percent", text.substring(start, j)));
        return j;
    }

    /** Reads a range continuation, scale, approximation and unit after a number ending at {@code end}. */
    private static int finish(String text, int start, int end, double min, double max, List<Quantity> out) {
        int i = end;
        // range: 6至8, 6到8, 6-8, 6~8
        if (i + 1 < text.length() && "至到-~".indexOf(text.charAt(i)) >= 0) {
            int j = i + 1;
            if (j < text.length() && (isAsciiDigit(text.charAt(j)) || DIGITS.indexOf(text.charAt(j)) >= 0)) {
                int k = j;
                while (k < text.length() && (isAsciiDigit(text.charAt(k)) || text.charAt(k) == '.' || CN_NUMERAL.indexOf(text.charAt(k)) >= 0)) k++;
                String second = text.substring(j, k);
                double v = isAsciiDigit(second.charAt(0)) ? parseDoubleSafe(second) : ChineseNumerals.parse(second);
                if (!Double.isNaN(v) && v >= max) {
                    max = v;
                    i = k;
                }
            }
        }
        double scale = 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '万' && !text.startsWith("万美元", i) && !text.startsWith("万元", i)) scale *= 1e4;
            else if (c == '亿' && !text.startsWith("亿美元", i) && !text.startsWith("亿元", i)) scale *= 1e8;
            else if (c == '千' && i > end) scale *= 1e3;
            else break;
            i++;
        }
        int u = skipApprox(text, i);
        if (u > i && min == max) max = min + step(min);      // 二十多: 20 to 30; 十几: 10 to 20; 140多: 140 to 150
        if (text.startsWith("个半", u) && unitAt(text, u + 2) != null) {   // 一个半小时: an hour and a half
            min += 0.5;
            max += 0.5;
            u += 2;
        }
        Unit unit = unitAt(text, u);
        String kind = "";
        if (unit != null) {
            kind = unit.kind();
            scale *= unit.multiplier();
            i = u + unit.word().length();
        } else if (u < text.length() && text.charAt(u) == '成' && isPercentCheng(text, u)) {
            kind = "percent";
            scale *= 10;
            i = u + 1;
        }
        if (kind.equals("year") && scale == 1 && min >= 1900 && min <= 2100 && min == Math.rint(min)) kind = "calendar-year";
        out.add(new Quantity(min * scale, max * scale, kind, text.substring(start, i)));
        return i;
    }

    /** The size of the last place of a round number (20 → 10, 140 → 10, 300 → 100, 7 → 1). */
    private static double step(double v) {
        double step = 1;
        while (v >= step * 10 && v % (step * 10) == 0) step *= 10;
        return step;
    }

    /** 三成 is 30%; 成为, 成本, 成功 are words. */
    private static boolean isPercentCheng(String text, int i) {
        if (i + 1 >= text.length()) return true;
        return "为本功立员果熟长型就交效绩分品人年本".indexOf(text.charAt(i + 1)) < 0;
    }

    /** Skips 多, 余, 来, 左右-style approximations between a number and its unit: 三十多个百分点. */
    private static int skipApprox(String text, int i) {
        while (i < text.length() && "多余来几".indexOf(text.charAt(i)) >= 0) i++;
        return i;
    }

    private static Unit unitAt(String text, int i) {
        for (Unit u : UNITS) {
            if (text.startsWith(u.word(), i)) return u;
        }
        return null;
    }

    /** GPT-5, Sora 2, iPhone 15, a leading list marker (1、 01. ) or a digit inside a word. */
    private static boolean isVersionOrMarker(String text, int start, int end) {
        int p = start - 1;
        if (p >= 0 && text.charAt(p) == '-') p--;
        while (p >= 0 && text.charAt(p) == ' ') p--;
        if (p >= 0 && Character.isLetter(text.charAt(p)) && text.charAt(p) < 0x3000) return true;
        if (end < text.length() && Character.isLetter(text.charAt(end)) && text.charAt(end) < 0x3000) return true;
        boolean atStart = start == 0 || text.substring(0, start).isBlank();
        return atStart && end < text.length() && ",.、:)".indexOf(text.charAt(end)) >= 0 && end - start <= 2;
    }

    private static boolean insideWord(String text, int i) {
        for (String w : NOT_NUMBERS) {
            int k = w.indexOf(text.charAt(i));
            while (k >= 0) {
                if (i - k >= 0 && text.startsWith(w, i - k)) return true;
                k = w.indexOf(text.charAt(i), k + 1);
            }
        }
        return false;
    }

    private static int skipNumeral(String text, int i) {
        while (i < text.length() && isNumeralChar(text.charAt(i))) i++;
        return i;
    }

    private static boolean isNumeralChar(char c) {
        return isAsciiDigit(c) || CN_NUMERAL.indexOf(c) >= 0;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static double parseDoubleSafe(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static List<Unit> loadUnits() {
        List<Unit> units = new ArrayList<>();
        for (Resources.Line line : Resources.lines("/check/units.tsv")) {
            String[] p = line.text().split("\t");
            double mul = p.length > 2 ? Double.parseDouble(p[2]) : 1;
            boolean article = p.length > 3 && p[3].equals("article");
            units.add(new Unit(p[0], p[1], mul, article));
        }
        units.sort(Comparator.comparingInt((Unit u) -> -u.word().length()));
        return List.copyOf(units);
    }
}
