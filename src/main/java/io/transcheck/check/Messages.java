package io.transcheck.check;

import java.util.List;

/** How findings quote their evidence: one style for every check. */
final class Messages {
    private static final int SHORT = 60;

    private Messages() {}

    /** {@code “无疑”, “一定”} */
    static String quoted(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.length() > 0) sb.append(", ");
            sb.append('“').append(w).append('”');
        }
        return sb.toString();
    }

    /** A share as a whole percentage: {@code 35%}. */
    static String pct(double v) {
        return Math.round(v * 100) + "%";
    }

    /** A passage cut to about 60 characters. */
    static String shorten(String s) {
        return shorten(s, SHORT);
    }

    /** Text cut to {@code max} characters, the cut marked with "...". */
    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
