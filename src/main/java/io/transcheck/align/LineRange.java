package io.transcheck.align;

/** Lines {@code first} to {@code last} (1-based, both included) of a file: where a passage is. */
public record LineRange(int first, int last) {
    public LineRange {
        if (first < 1 || last < first) throw new IllegalArgumentException("lines " + first + ".." + last);
    }

    /** As reports show it: {@code L23} or {@code L23-L24}. */
    public String refs() {
        return first == last ? "L" + first : "L" + first + "-L" + last;
    }

    public boolean contains(int line) {
        return line >= first && line <= last;
    }
}
