package io.transcheck.align;

import io.transcheck.corpus.Role;
import io.transcheck.text.Sentence;
import io.transcheck.text.Units;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * A transcript ready for alignment: its claim sentences in order (headings and boilerplate left
 * out), each with its comparison units and sorted distinct bigrams.
 */
public final class Transcript {
    private final String id;
    private final String sha256;
    private final List<Sentence> sentences;
    private final int[][] units;
    private final long[][] bigrams;
    private final int[][] sortedUnits;
    private final String[] compact;
    /** joined[len - 2][from]: compact text of the span of len sentences from {@code from}, made on first use. */
    private final String[][] joined = new String[4][];   // spans of 2 to 5 sentences (AlignSettings.maxSpan is at most 5)
    private final String fullText;
    private final float[][] vectors;
    /** nearby[d - 1][i]: dot product of the vectors of sentences i and i + d, for d up to {@value #NEARBY}. */
    private final double[][] nearby;
    private static final int NEARBY = 4;
    private final Set<String> terms;
    private final IntFunction<String> refs;

    /** @param embedder gives each claim sentence a vector; {@link Embedder#NONE} for lexical alignment only */
    public Transcript(String id, String sha256, List<Sentence> allSentences, Embedder embedder) {
        this(id, sha256, allSentences, embedder, n -> "L" + n);
    }

    /** @param refs how a reader finds a line of the file: {@code L12}, {@code ¶12} (Word, HTML) or a subtitle time code */
    public Transcript(String id, String sha256, List<Sentence> allSentences, Embedder embedder, IntFunction<String> refs) {
        this.id = id;
        this.refs = refs;
        this.sha256 = sha256;
        this.sentences = allSentences.stream().filter(Sentence::isClaim).toList();
        int n = sentences.size();
        this.units = new int[n][];
        this.bigrams = new long[n][];
        this.sortedUnits = new int[n][];
        this.compact = new String[n];
        StringBuilder full = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String norm = sentences.get(i).content().text();
            units[i] = Units.of(norm);
            bigrams[i] = Arrays.stream(Units.bigrams(units[i])).distinct().sorted().toArray();
            sortedUnits[i] = Arrays.stream(units[i]).distinct().sorted().toArray();
            compact[i] = Units.compact(norm);
            full.append(norm).append('\n');
        }
        this.fullText = full.toString();
        this.terms = Set.copyOf(Terms.of(fullText));
        this.vectors = embedder.enabled() && n > 0
                ? embedder.embed(sentences.stream().map(x -> x.content().text()).toList()).toArray(float[][]::new)
                : null;
        this.nearby = new double[NEARBY][n];
        if (vectors != null) {
            for (int d = 1; d <= NEARBY; d++) {
                for (int i = 0; i + d < n; i++) nearby[d - 1][i] = Embedder.cosine(vectors[i], vectors[i + d]);
            }
        }
    }

    /** Distinctive terms (see {@link Terms}) the transcript uses. */
    public Set<String> terms() { return terms; }

    /** Whether sentences have vectors for semantic alignment. */
    public boolean hasVectors() { return vectors != null; }

    float[] vector(int i) { return vectors[i]; }

    /**
     * Cosine of a vector with a span's direction (the normalized sum of its sentences' vectors), from
     * the vector's cosines with each sentence: (Σ v·uᵢ) / |Σ uᵢ|, where |Σ uᵢ|² needs only the dot
     * products of nearby sentences, computed once per transcript. No vector is built per span.
     */
    double spanCosine(Span span, double[] sentenceCosines) {
        double dot = 0;
        double norm2 = span.length();
        for (int i = span.from(); i < span.to(); i++) {
            dot += sentenceCosines[i];
            for (int j = i + 1; j < span.to(); j++) norm2 += 2 * nearby[j - i - 1][i];
        }
        return dot / Math.sqrt(norm2);
    }

    public String id() { return id; }

    public String sha256() { return sha256; }

    public int size() { return sentences.size(); }

    public Sentence sentence(int i) { return sentences.get(i); }

    public List<Sentence> sentences() { return sentences; }

    int[] units(int i) { return units[i]; }

    long[] bigrams(int i) { return bigrams[i]; }

    int[] sortedUnits(int i) { return sortedUnits[i]; }

    String compact(int i) { return compact[i]; }

    /** The compact text of a span's sentences joined; joins are made once and kept (any thread may make one). */
    String compact(Span span) {
        if (span.length() == 1) return compact[span.from()];
        if (span.length() - 2 >= joined.length) return join(span);
        String[] joins = joined[span.length() - 2];
        if (joins == null) joins = joined[span.length() - 2] = new String[size()];
        String s = joins[span.from()];
        if (s == null) s = joins[span.from()] = join(span);
        return s;
    }

    private String join(Span span) {
        StringBuilder sb = new StringBuilder();
        for (int i = span.from(); i < span.to(); i++) sb.append(compact[i]);
        return sb.toString();
    }

    /** The normalized text of the whole transcript, one sentence per line. */
    public String normalizedText() { return fullText; }

    /** The span's original text: sentences of one line joined as they stand, lines joined by a space. */
    public String text(Span span) {
        StringBuilder sb = new StringBuilder();
        int lastLine = -1;
        for (int i = span.from(); i < span.to(); i++) {
            Sentence s = sentences.get(i);
            if (lastLine >= 0 && s.lineNo() != lastLine) sb.append(' ');
            sb.append(s.text());
            lastLine = s.lineNo();
        }
        return sb.toString();
    }

    /** Normalized text of the span, for checks. */
    public String normalized(Span span) {
        StringBuilder sb = new StringBuilder();
        for (int i = span.from(); i < span.to(); i++) sb.append(sentences.get(i).content().text());
        return sb.toString();
    }

    /** The lines of the file the span's sentences are on. */
    public LineRange lines(Span span) {
        return new LineRange(sentences.get(span.from()).lineNo(), sentences.get(span.to() - 1).lineNo());
    }

    /** `L23` or `L23-L24` (`¶4-¶5` in Word and HTML, `00:12:05-00:12:31` in subtitles). */
    public String refs(Span span) {
        String first = ref(sentences.get(span.from()).lineNo());
        String last = ref(sentences.get(span.to() - 1).lineNo());
        return first.equals(last) ? first : first + "-" + last;
    }

    /** How a reader finds a line of the transcript file. */
    public String ref(int lineNo) {
        return refs.apply(lineNo);
    }

    /** Who speaks in the span, as the transcript labels them (`SA`, or `主持人 / SA`). */
    public String speaker(Span span) {
        Set<String> names = new LinkedHashSet<>();
        for (int i = span.from(); i < span.to(); i++) {
            String sp = sentences.get(i).speaker();
            if (sp != null) names.add(sp);
        }
        return names.stream().collect(Collectors.joining(" / "));
    }

    /** Whether someone of this role speaks in the span (no allocation: it is asked for every span scored). */
    public boolean spoken(Span span, Role role) {
        for (int i = span.from(); i < span.to(); i++) {
            if (sentences.get(i).role() == role) return true;
        }
        return false;
    }

    /** Roles speaking in the span. */
    public Set<Role> roles(Span span) {
        Set<Role> roles = new LinkedHashSet<>();
        for (int i = span.from(); i < span.to(); i++) {
            Role r = sentences.get(i).role();
            if (r != null) roles.add(r);
        }
        return roles;
    }
}
