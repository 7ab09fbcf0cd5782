package io.transcheck.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inverted index from character bigrams to the transcript sentences that contain them, over a
 * whole library of transcripts. Candidate retrieval touches only the postings of the bigrams a
 * sentence has; bigrams found in a large share of sentences (or in more than {@code maxDfCap})
 * carry no signal and are skipped, and a library-wide lookup uses only the sentence's rarest
 * {@code queryBigrams}, so its cost per sentence stays flat however large the library grows.
 */
final class SentenceIndex {
    /** A transcript sentence and how much rare vocabulary it shares with the query. */
    record Hit(int transcript, int sentence, double weight) {}

    private final List<Transcript> transcripts;
    private final int[] offsets;               // global id of each transcript's first sentence
    private final Map<Long, int[]> postings;   // bigram -> sorted global sentence ids
    private final Map<Integer, Integer> unitDf;
    private final int size;
    private final int maxDf;
    private final int queryBigrams;

    SentenceIndex(List<Transcript> transcripts, double maxDfShare, int maxDfCap, int queryBigrams) {
        this.queryBigrams = queryBigrams;
        this.transcripts = List.copyOf(transcripts);
        this.offsets = new int[transcripts.size() + 1];
        Map<Long, List<Integer>> lists = new HashMap<>();
        Map<Integer, Integer> df = new HashMap<>();
        int id = 0;
        for (int t = 0; t < transcripts.size(); t++) {
            offsets[t] = id;
            Transcript tr = transcripts.get(t);
            for (int i = 0; i < tr.size(); i++, id++) {
                for (long b : tr.bigrams(i)) lists.computeIfAbsent(b, k -> new ArrayList<>()).add(id);
                for (int u : Arrays.stream(tr.units(i)).distinct().toArray()) df.merge(u, 1, Integer::sum);
            }
        }
        offsets[transcripts.size()] = id;
        this.size = id;
        this.postings = new HashMap<>(lists.size() * 2);
        lists.forEach((k, v) -> postings.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.unitDf = df;
        this.maxDf = Math.max(8, Math.min(maxDfCap, (int) (maxDfShare * size)));
    }

    int size() { return size; }

    double idf(long bigram) {
        int[] p = postings.get(bigram);
        return idfOf(p == null ? 0 : p.length);
    }

    double unitIdf(int unit) {
        return idfOf(unitDf.getOrDefault(unit, 0));
    }

    private double idfOf(int df) {
        return Math.log((size + 1.0) / (df + 0.5));
    }

    /**
     * The k sentences sharing the most IDF-weighted bigrams with the query, best first (ties by
     * position), optionally only in one transcript (index into the library, or -1 for all).
     */
    List<Hit> candidates(long[] distinctBigrams, int k, int onlyTranscript) {
        return candidates(distinctBigrams, k, onlyTranscript, false);
    }

    /**
     * As {@link #candidates(long[], int, int)}; with {@code keepTies}, sentences scoring the same as the
     * k-th are kept too, so that a sentence repeated in many transcripts favours none of them.
     */
    List<Hit> candidates(long[] distinctBigrams, int k, int onlyTranscript, boolean keepTies) {
        int lo = onlyTranscript < 0 ? 0 : offsets[onlyTranscript];
        int hi = onlyTranscript < 0 ? size : offsets[onlyTranscript + 1];
        List<int[]> usable = new ArrayList<>();
        for (long b : distinctBigrams) {
            int[] p = postings.get(b);
            if (p != null && p.length <= maxDf) usable.add(p);
        }
        if (onlyTranscript < 0 && usable.size() > queryBigrams) {
            usable.sort((a, b) -> Integer.compare(a.length, b.length));   // the rarest say most and cost least
            usable = usable.subList(0, queryBigrams);
        }
        Scratch sc = scratch.get();
        double[] score = sc.score;
        int[] touched = sc.touched;
        int n = 0;
        for (int[] p : usable) {
            double w = idfOf(p.length);   // always > 0: no bigram is in every sentence and more
            int start = onlyTranscript < 0 ? 0 : lowerBound(p, lo);
            for (int j = start; j < p.length && p[j] < hi; j++) {
                if (score[p[j]] == 0) touched[n++] = p[j];
                score[p[j]] += w;
            }
        }
        int[] top = TopK.of(score, touched, n, k);   // most weight first, ties by position
        int m = top.length;
        List<Hit> hits = new ArrayList<>(m);
        for (int id : top) hits.add(hit(id, score[id]));
        if (keepTies && m == k && n > k) {
            double last = score[top[m - 1]];
            int[] ties = Arrays.stream(touched, 0, n).filter(id -> score[id] == last && id > top[m - 1]).sorted().toArray();
            for (int id : ties) hits.add(hit(id, last));
        }
        for (int i = 0; i < n; i++) score[touched[i]] = 0;
        return hits;
    }

    private Hit hit(int globalId, double weight) {
        int t = transcriptOf(globalId);
        return new Hit(t, globalId - offsets[t], weight);
    }

    /** Per-thread accumulators over all sentences of the library, all zero between lookups. */
    private static final class Scratch {
        final double[] score;
        final int[] touched;

        Scratch(int size) {
            score = new double[size];
            touched = new int[size];
        }
    }

    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(size()));

    private int transcriptOf(int globalId) {
        int i = Arrays.binarySearch(offsets, globalId);
        if (i >= 0) {
            while (i + 1 < offsets.length && offsets[i + 1] == globalId) i++;   // skip empty transcripts
            return i;
        }
        return -i - 2;
    }

    private static int lowerBound(int[] a, int key) {
        int i = Arrays.binarySearch(a, key);
        return i >= 0 ? i : -i - 1;
    }

    Transcript transcript(int t) {
        return transcripts.get(t);
    }
}
