package io.transcheck.align;

/** The k best positions of a score array: highest score first, equal scores by lower position. */
final class TopK {
    private TopK() {}

    /** Among all positions of {@code score}. */
    static int[] of(double[] score, int k) {
        int[] all = new int[score.length];
        for (int i = 0; i < all.length; i++) all[i] = i;
        return of(score, all, all.length, k);
    }

    /** Among the first {@code n} of {@code positions} (in any order), by insertion into a sorted array of k. */
    static int[] of(double[] score, int[] positions, int n, int k) {
        int m = Math.min(k, n);
        int[] top = new int[m];
        int filled = 0;
        for (int i = 0; i < n; i++) {
            int p = positions[i];
            if (filled == m && !ahead(score, p, top[m - 1])) continue;
            int at = filled < m ? filled++ : m - 1;
            while (at > 0 && ahead(score, p, top[at - 1])) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = p;
        }
        return top;
    }

    /** Whether position a ranks before position b. */
    static boolean ahead(double[] score, int a, int b) {
        return score[a] > score[b] || (score[a] == score[b] && a < b);
    }
}
