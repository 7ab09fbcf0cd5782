package io.transcheck.align;

/** Transcript sentences {@code first} to {@code last}, both included: where a claim's passage is expected. */
record Window(int first, int last) {
    Window {
        if (last < first) throw new IllegalArgumentException("window " + first + ".." + last);
    }

    /** The sentences of a span. */
    static Window of(Span span) {
        return new Window(span.from(), span.to() - 1);
    }

    boolean overlaps(Span s) {
        return s.from() <= last && s.to() - 1 >= first;
    }

    boolean contains(Span s) {
        return s.from() >= first && s.to() - 1 <= last;
    }
}
