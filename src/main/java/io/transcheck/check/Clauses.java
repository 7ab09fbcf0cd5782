package io.transcheck.check;

import io.transcheck.text.Units;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * Where in a passage a claim's words come from: for each clause of the claim, the passage clauses
 * that share the most character pairs with it (the best, and those sharing at least half as many). A check looking for what the claim kept or dropped
 * (a hedge, a negation) looks there, not in a long passage that happens to contain the word elsewhere.
 */
final class Clauses {
    private Clauses() {}

    /** The passage clauses that correspond to the claim's clauses, in passage order, joined; the whole passage if none share anything. */
    static String corresponding(String passage, String claim) {
        String[] clauses = Units.clauses(passage);
        if (clauses.length <= 1) return passage;
        long[][] bigrams = new long[clauses.length][];
        for (int i = 0; i < clauses.length; i++) bigrams[i] = sortedBigrams(clauses[i]);
        TreeSet<Integer> chosen = new TreeSet<>();
        for (String c : Units.clauses(claim)) {
            long[] mine = sortedBigrams(c);
            int[] shared = new int[clauses.length];
            int best = 0;
            for (int i = 0; i < clauses.length; i++) {
                shared[i] = shared(mine, bigrams[i]);
                best = Math.max(best, shared[i]);
            }
            // every clause nearly as close as the best: a sentence often draws on two (像我自己14岁时的校长 / 可能是影响我最大的)
            for (int i = 0; i < clauses.length; i++) if (best > 0 && shared[i] * 2 >= best && shared[i] >= Math.min(2, best)) chosen.add(i);
        }
        if (chosen.isEmpty()) return passage;
        StringBuilder sb = new StringBuilder();
        for (int i : chosen) sb.append(clauses[i]).append('，');
        return sb.toString();
    }

    /** The sentence of a transcript span that shares the most character pairs with a claim (the first, on a tie). */
    static int closest(io.transcheck.align.Transcript t, io.transcheck.align.Span span, String claim) {
        long[] mine = sortedBigrams(claim);
        int best = span.from();
        int bestShared = -1;
        for (int i = span.from(); i < span.to(); i++) {
            int shared = shared(mine, sortedBigrams(t.sentence(i).content().text()));
            if (shared > bestShared) {
                best = i;
                bestShared = shared;
            }
        }
        return best;
    }

    private static long[] sortedBigrams(String text) {
        return Arrays.stream(Units.bigrams(Units.of(text))).distinct().sorted().toArray();
    }

    private static int shared(long[] a, long[] b) {
        int n = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] < b[j]) i++;
            else if (a[i] > b[j]) j++;
            else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }
}
