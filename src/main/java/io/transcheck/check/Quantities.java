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

    /**
     * A figure of the sentence that agrees with none of the passage's or the transcript's.
     *
     * @param counterpart the passage's figure of the same kind it replaces, or null when the passage has none
     */
    record Unsupported(Quantity figure, Quantity counterpart) {}

    /** The figures of an edited sentence that neither its passage nor anything else in the transcript gives. */
    static List<Unsupported> unsupported(String edited, String passage, TranscriptFacts facts) {
        List<Quantity> figures = of(edited);
        if (figures.isEmpty()) return List.of();
        List<Quantity> inPassage = of(passage);
        List<Unsupported> out = new ArrayList<>();
        for (Quantity q : figures) {
            if (inPassage.stream().anyMatch(p -> p.comparable(q) && p.agrees(q))) continue;
            if (facts.quantities().stream().anyMatch(p -> p.comparable(q) && p.agrees(q))) continue;
            out.add(new Unsupported(q, inPassage.stream().filter(p -> p.comparable(q) && !p.unit().isEmpty() && p.unit().equals(q.unit()))
                    .findFirst().orElse(null)));
        }
        return out;
    }

    public static List<Quantity> of(String text) {
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '第' && i + 1 < text.length() && isNumeralChar(text.charAt(i + 1))) {
                i = skipNumeral(text, i + 1);                      // ordinal: 第一步, 第3季
                continue;
            }
            if (isAsciiDigit(c)) {
                i = readArabic(text, i, out);
            } else if (text.startsWith("百分之", i)) {
                i = readPercentWords(text, i, out);
            } else if (CN_NUMERAL.indexOf(c) >= 0 && !insideWord(text, i)) {
                i = readChinese(text, i, out);
            } else {
                i++;
            }
        }
        return out;
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
                && digit(numeral.charAt(1)) == digit(numeral.charAt(0)) + 1) {
            min = digit(numeral.charAt(0));
            max = digit(numeral.charAt(1));
        } else {
            double v = parseChinese(numeral);
            if (Double.isNaN(v)) return i;
            if (i + 1 < text.length() && text.charAt(i) == '点' && DIGITS.indexOf(text.charAt(i + 1)) >= 0) {
                int j = i + 1;
                StringBuilder frac = new StringBuilder("0.");
                while (j < text.length() && DIGITS.indexOf(text.charAt(j)) >= 0) frac.append(digit(text.charAt(j++)));
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
        double v = isAsciiDigit(n.charAt(0)) ? parseDoubleSafe(n) : parseChinese(n);
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
                double v = isAsciiDigit(second.charAt(0)) ? parseDoubleSafe(second) : parseChinese(second);
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

    private static int digit(char c) {
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
    static double parseChinese(String s) {
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
