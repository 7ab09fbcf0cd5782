package io.transcheck.align;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class TopKTest {
    private static final double[] SCORE = {0.2, 0.9, 0.5, 0.9, 0.1, 0.5};

    @Test
    void highestFirst_equalScoresByLowerPosition() {
        assertArrayEquals(new int[] {1, 3, 2, 5}, TopK.of(SCORE, 4));
        assertArrayEquals(new int[] {1, 3, 2, 5, 0, 4}, TopK.of(SCORE, 10), "k beyond the size gives all, ranked");
    }

    @Test
    void amongSomePositionsInAnyOrder() {
        assertArrayEquals(new int[] {3, 2, 5}, TopK.of(SCORE, new int[] {5, 0, 3, 2, 4}, 4, 3),
                "only the first n positions count; ties by position whatever the order given");
    }
}
