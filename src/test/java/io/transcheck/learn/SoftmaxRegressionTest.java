package io.transcheck.learn;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SoftmaxRegressionTest {
    private static final List<String> CLASSES = List.of("A", "B", "C");

    /** Three classes whose probability depends on the first feature (the second is noise), as a logistic model says. */
    private static double[][] x(int n, Random r) {
        double[][] x = new double[n][2];
        for (int i = 0; i < n; i++) x[i] = new double[] {r.nextGaussian() * 2, r.nextGaussian()};
        return x;
    }

    private static int[] y(double[][] x, Random r) {
        int[] y = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            double[] p = softmax(new double[] {0, 1.5 * x[i][0], -1.5 * x[i][0]});
            double u = r.nextDouble();
            y[i] = u < p[0] ? 0 : u < p[0] + p[1] ? 1 : 2;
        }
        return y;
    }

    private static double[] softmax(double[] s) {
        double sum = 0;
        double[] p = new double[s.length];
        for (int i = 0; i < s.length; i++) sum += p[i] = Math.exp(s[i]);
        for (int i = 0; i < s.length; i++) p[i] /= sum;
        return p;
    }

    @Test
    void fittedProbabilities_areCalibratedOnFreshData() {
        Random r = new Random(3);
        double[][] x = x(4000, r);
        SoftmaxRegression.Model m = SoftmaxRegression.fit(CLASSES, List.of("signal", "noise"), x, y(x, r), null, 1);
        double[][] test = x(4000, r);
        int[] truth = y(test, r);
        // in bins of predicted P(B), the share of B observed is close to the mean prediction
        double[] sum = new double[5];
        double[] hits = new double[5];
        int[] n = new int[5];
        for (int i = 0; i < test.length; i++) {
            double p = m.probabilities(test[i])[1];
            int b = Math.min(4, (int) (p * 5));
            sum[b] += p;
            hits[b] += truth[i] == 1 ? 1 : 0;
            n[b]++;
        }
        for (int b = 0; b < 5; b++) {
            if (n[b] < 100) continue;
            assertEquals(sum[b] / n[b], hits[b] / n[b], 0.05, "bin " + b + " of " + n[b]);
        }
    }

    @Test
    void sameRows_sameModelFile_andTheFileReadsBackToTheSameModel() {
        Random r = new Random(5);
        double[][] x = x(500, r);
        int[] y = y(x, r);
        String a = SoftmaxRegression.fit(CLASSES, List.of("signal", "noise"), x, y, null, 1).toTsv();
        String b = SoftmaxRegression.fit(CLASSES, List.of("signal", "noise"), x, y, null, 1).toTsv();
        assertEquals(a, b);
        SoftmaxRegression.Model back = SoftmaxRegression.Model.parse(a.lines().toList());
        assertEquals(a, back.toTsv());
        assertArrayEquals(SoftmaxRegression.Model.parse(a.lines().toList()).probabilities(x[0]), back.probabilities(x[0]), 0);
    }

    @Test
    void valueFarBeyondTheTrainingData_movesTheProbabilitiesNoFurtherThanFourDeviations() {
        Random r = new Random(7);
        double[][] x = x(500, r);
        SoftmaxRegression.Model m = SoftmaxRegression.fit(CLASSES, List.of("signal", "noise"), x, y(x, r), null, 1);
        double[] far = m.probabilities(new double[] {1e6, 0});
        double[] edge = m.probabilities(new double[] {m.mean()[0] + 4 * m.scale()[0], 0});
        assertArrayEquals(edge, far, 1e-12);
        assertTrue(far[1] > 0.9, "still the class the signal points to: " + far[1]);
    }
}
