package io.transcheck.align;

import io.transcheck.text.Sentence;
import io.transcheck.text.Units;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
    private final String[] compact;
    private final Set<Long> allBigrams = new HashSet<>();
    private final Set<Integer> allUnits = new HashSet<>();
    private final String fullText;
    private final float[][] vectors;
    private final Set<String> terms;

    /** @param embedder gives each claim sentence a vector; {@link Embedder#NONE} for lexical alignment only */
    public Transcript(String id, String sha256, List<Sentence> allSentences, Embedder embedder) {
        this.id = id;
        this.sha256 = sha256;
        this.sentences = allSentences.stream().filter(Sentence::isClaim).toList();
        int n = sentences.size();
        this.units = new int[n][];
        this.bigrams = new long[n][];
        this.compact = new String[n];
        StringBuilder full = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String norm = sentences.get(i).content().text();
            units[i] = Units.of(norm);
            bigrams[i] = Arrays.stream(Units.bigrams(units[i])).distinct().sorted().toArray();
            compact[i] = Units.compact(norm);
            for (long b : bigrams[i]) allBigrams.add(b);
            for (int u : units[i]) allUnits.add(u);
            full.append(norm).append('\n');
        }
        this.fullText = full.toString();
        this.terms = Set.copyOf(Terms.of(fullText));
        this.vectors = embedder.enabled() && n > 0
                ? embedder.embed(sentences.stream().map(x -> x.content().text()).toList()).toArray(float[][]::new)
                : null;
    }

    /** Distinctive terms (see {@link Terms}) the transcript uses. */
    public Set<String> terms() { return terms; }

    /** Whether sentences have vectors for semantic alignment. */
    public boolean hasVectors() { return vectors != null; }

    float[] vector(int i) { return vectors[i]; }

    /** The direction of a span: the normalized sum of its sentences' vectors. */
    float[] vector(Span span) {
        if (span.length() == 1) return vectors[span.from()];
        return Embedder.mean(java.util.Arrays.asList(vectors).subList(span.from(), span.to()));
    }

    public String id() { return id; }

    public String sha256() { return sha256; }

    public int size() { return sentences.size(); }

    public Sentence sentence(int i) { return sentences.get(i); }

    public List<Sentence> sentences() { return sentences; }

    int[] units(int i) { return units[i]; }

    long[] bigrams(int i) { return bigrams[i]; }

    String compact(int i) { return compact[i]; }

    /** Whether this bigram occurs anywhere in the transcript. */
    public boolean hasBigram(long bigram) { return allBigrams.contains(bigram); }

    public boolean hasUnit(int unit) { return allUnits.contains(unit); }

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

    /** `L23` or `L23-L24`. */
    public String refs(Span span) {
        int first = sentences.get(span.from()).lineNo();
        int last = sentences.get(span.to() - 1).lineNo();
        return first == last ? "L" + first : "L" + first + "-L" + last;
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

    /** Roles speaking in the span. */
    public Set<String> roles(Span span) {
        Set<String> roles = new LinkedHashSet<>();
        for (int i = span.from(); i < span.to(); i++) {
            String r = sentences.get(i).role();
            if (r != null) roles.add(r);
        }
        return roles;
    }
}
