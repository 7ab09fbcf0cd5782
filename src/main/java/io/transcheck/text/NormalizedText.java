package io.transcheck.text;

import java.util.Arrays;

/**
 * Text prepared for comparison, with a map back to the original it came from.
 * {@code toOriginal[i]} is the offset in {@link #original()} of normalized char {@code i};
 * the extra last entry is the original end, so ranges map with {@link #originalRange}.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] toOriginal;

    public NormalizedText(String original, String text, int[] toOriginal) {
        if (toOriginal.length != text.length() + 1) {
            throw new IllegalArgumentException("offset map has " + toOriginal.length + " entries for " + text.length() + " chars");
        }
        for (int i = 0; i < toOriginal.length; i++) {
            if (toOriginal[i] < 0 || toOriginal[i] > original.length() || (i > 0 && toOriginal[i] < toOriginal[i - 1])) {
                throw new IllegalArgumentException("offset map not monotonic within the original at " + i);
            }
        }
        this.original = original;
        this.text = text;
        this.toOriginal = toOriginal;
    }

    public String original() { return original; }

    public String text() { return text; }

    public int length() { return text.length(); }

    /** Original offset of normalized char {@code i} (or the original end for {@code i == length()}). */
    public int originalOffset(int i) { return toOriginal[i]; }

    /** The original text behind normalized range [start, end). */
    public String originalRange(int start, int end) {
        if (start < 0 || end > text.length() || end < start) throw new IndexOutOfBoundsException(start + ".." + end);
        if (start == end) return "";
        int from = toOriginal[start];
        int to = toOriginal[end - 1] + 1;
        // a surrogate pair maps its high half; take the low half with it
        if (to < original.length() && Character.isLowSurrogate(original.charAt(to))) to++;
        return original.substring(from, to);
    }

    @Override public boolean equals(Object o) {
        return o instanceof NormalizedText n && n.original.equals(original) && n.text.equals(text) && Arrays.equals(n.toOriginal, toOriginal);
    }

    @Override public int hashCode() { return text.hashCode(); }

    @Override public String toString() { return text; }
}
