package io.transcheck.learn;

/** Solves a symmetric positive definite system, as Newton's method needs for each step. */
final class Cholesky {
    private Cholesky() {}

    /**
     * Solves A s = b where {@code ab} holds A in its first m columns and b in column m.
     * A is positive definite here: the penalty adds to its diagonal.
     */
    static double[] solve(double[][] ab, int m) {
        double[][] l = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                double s = ab[i][j];
                for (int q = 0; q < j; q++) s -= l[i][q] * l[j][q];
                if (i == j) {
                    if (s <= 0) throw new ArithmeticException("matrix is not positive definite at " + i);
                    l[i][i] = StrictMath.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            double s = ab[i][m];
            for (int q = 0; q < i; q++) s -= l[i][q] * y[q];
            y[i] = s / l[i][i];
        }
        double[] x = new double[m];
        for (int i = m - 1; i >= 0; i--) {
            double s = y[i];
            for (int q = i + 1; q < m; q++) s -= l[q][i] * x[q];
            x[i] = s / l[i][i];
        }
        return x;
    }
}
