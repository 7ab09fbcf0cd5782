package io.transcheck.align;

/** Consecutive claim sentences [from, to) of one transcript. */
public record Span(Transcript transcript, int from, int to) {
    public Span {
        if (transcript == null) throw new IllegalArgumentException("no transcript");
        if (from < 0 || to <= from || to > transcript.size()) throw new IllegalArgumentException(from + ".." + to + " of " + transcript.size());
    }

    public int length() {
        return to - from;
    }

    public boolean contains(int sentence) {
        return sentence >= from && sentence < to;
    }

    public String text() {
        return transcript.text(this);
    }

    /** The lines of the transcript file it is on. */
    public LineRange lines() {
        return transcript.lines(this);
    }

    /** Where it is, as reports show it: {@code L23-L24} ({@code ¶4}, a subtitle time code). */
    public String refs() {
        return transcript.refs(this);
    }
}
