package io.transcheck.text;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import io.transcheck.corpus.Resources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Traditional to Simplified for comparison only: OpenCC4j with its default phrase segmentation,
 * then an override table for what it gets wrong (著 → 着 and friends; see t2s-overrides.tsv).
 * The output always has the input's length, so offsets carry over one to one.
 */
public final class ChineseConverter {
    private static final String OVERRIDES = "/text/t2s-overrides.tsv";
    private static final ChineseConverter INSTANCE = new ChineseConverter(loadOverrides());

    private final Overrides overrides;

    ChineseConverter(Overrides overrides) {
        this.overrides = overrides;
        // OpenCC4j builds its tries lazily and unguarded: convert once before threads share it
        ZhConverterUtil.toSimple("著乾淨瞭解");
    }

    public static ChineseConverter instance() { return INSTANCE; }

    public String toSimplified(String s) {
        if (s.isEmpty()) return s;
        String out = ZhConverterUtil.toSimple(s);
        if (out.length() != s.length()) out = convertRunByRun(s);
        return applyOverrides(out);
    }

    /** Share of the Han characters of a text that conversion to Simplified changes: near 0 for a Simplified text. */
    public double traditionalShare(String s) {
        String simplified = toSimplified(s);
        int han = 0;
        int changed = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!isHan(s.charAt(i))) continue;
            han++;
            if (s.charAt(i) != simplified.charAt(i)) changed++;
        }
        return han == 0 ? 0 : changed / (double) han;
    }

    /** Rare phrase entries change length; convert Han runs separately and fall back to chars where they do. */
    private static String convertRunByRun(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int j = i;
            boolean han = isHan(s.charAt(i));
            while (j < s.length() && isHan(s.charAt(j)) == han) j++;
            String run = s.substring(i, j);
            if (han) {
                String converted = ZhConverterUtil.toSimple(run);
                if (converted.length() == run.length()) {
                    sb.append(converted);
                } else {
                    for (int k = 0; k < run.length(); k++) {
                        String c = ZhConverterUtil.toSimple(run.substring(k, k + 1));
                        sb.append(c.length() == 1 ? c : run.substring(k, k + 1));
                    }
                }
            } else {
                sb.append(run);
            }
            i = j;
        }
        return sb.toString();
    }

    private String applyOverrides(String s) {
        String out = s;
        for (String[] p : overrides.phrases()) {
            if (out.contains(p[0])) out = out.replace(p[0], p[1]);
        }
        if (overrides.chars().isEmpty()) return out;
        char[] cs = out.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            Character to = overrides.chars().get(cs[i]);
            if (to != null && !insideKeptWord(out, i)) cs[i] = to;
        }
        return new String(cs);
    }

    private boolean insideKeptWord(String s, int i) {
        for (String w : overrides.keep()) {
            int at = w.indexOf(s.charAt(i));
            while (at >= 0) {
                int start = i - at;
                if (start >= 0 && s.startsWith(w, start)) return true;
                at = w.indexOf(s.charAt(i), at + 1);
            }
        }
        return false;
    }

    record Overrides(List<String[]> phrases, Map<Character, Character> chars, List<String> keep) {}

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static Overrides loadOverrides() {
        List<String[]> phrases = new ArrayList<>();
        Map<Character, Character> chars = new HashMap<>();
        List<String> keep = new ArrayList<>();
        for (Resources.Line line : Resources.lines(OVERRIDES)) {
            String[] p = line.text().split("\t");
            String where = OVERRIDES + ":" + line.no() + ": ";
            switch (p[0]) {
                case "keep" -> keep.add(p[1]);
                case "phrase", "char" -> {
                    if (p.length < 3 || p[1].length() != p[2].length()) {
                        throw new IllegalStateException(where + "expected 'kind<TAB>from<TAB>to' with from and to of equal length");
                    }
                    if (p[0].equals("char")) chars.put(p[1].charAt(0), p[2].charAt(0));
                    else phrases.add(new String[] {p[1], p[2]});
                }
                default -> throw new IllegalStateException(where + "unknown kind '" + p[0] + "' (phrase, char or keep)");
            }
        }
        // longest first so that a phrase wins over a shorter phrase inside it
        phrases.sort(Comparator.comparingInt((String[] p) -> -p[0].length()));
        return new Overrides(List.copyOf(phrases), Map.copyOf(chars), List.copyOf(keep));
    }
}
