package io.transcheck.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Multinomial logistic regression with an L2 penalty, fitted by Newton's method: a calibrated
 * probability for each class from a weighted sum of standardized features. Deterministic: the same
 * rows in the same order give the same weights, bit for bit (no random start, no threads).
 */
public final class SoftmaxRegression {
    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-9;
    private static final double CLIP = 4;

    private SoftmaxRegression() {}

    /**
     * Fits a model.
     *
     * @param x      one row of feature values per example (NaN is not allowed: impute before)
     * @param y      the class of each example, an index into {@code classes}
     * @param weight each example's weight (e.g. to balance the interviews), or null for 1
     * @param l2     the penalty on the squared weights (not on the intercepts), in units of examples
     */
    public static Model fit(List<String> classes, List<String> features, double[][] x, int[] y, double[] weight, double l2) {
        int n = x.length;
        int d = features.size();
        int k = classes.size();
        if (n == 0 || y.length != n) throw new IllegalArgumentException(n + " rows and " + y.length + " labels");
        double[] mean = new double[d];
        double[] scale = new double[d];
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (x[i].length != d) throw new IllegalArgumentException("row " + i + " has " + x[i].length + " features, expected " + d);
            double w = weight == null ? 1 : weight[i];
            total += w;
            for (int j = 0; j < d; j++) {
                if (Double.isNaN(x[i][j]) || Double.isInfinite(x[i][j])) throw new IllegalArgumentException("row " + i + " feature " + features.get(j) + " is " + x[i][j]);
                mean[j] += w * x[i][j];
            }
        }
        for (int j = 0; j < d; j++) mean[j] /= total;
        for (int i = 0; i < n; i++) {
            double w = weight == null ? 1 : weight[i];
            for (int j = 0; j < d; j++) scale[j] += w * (x[i][j] - mean[j]) * (x[i][j] - mean[j]);
        }
        for (int j = 0; j < d; j++) scale[j] = scale[j] > 0 ? StrictMath.sqrt(scale[j] / total) : 1;
        double[][] z = new double[n][d + 1];
        for (int i = 0; i < n; i++) {
            z[i][0] = 1;
            for (int j = 0; j < d; j++) z[i][j + 1] = clip((x[i][j] - mean[j]) / scale[j]);
        }
        double[] beta = new double[k * (d + 1)];
        double loss = loss(z, y, weight, beta, k, l2);
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double[][] gh = gradientAndHessian(z, y, weight, beta, k, l2);
            double[] step = Cholesky.solve(gh, beta.length);
            double t = 1;
            double[] next = new double[beta.length];
            double nextLoss;
            while (true) {
                for (int p = 0; p < beta.length; p++) next[p] = beta[p] - t * step[p];
                nextLoss = loss(z, y, weight, next, k, l2);
                if (nextLoss <= loss || t < 1e-6) break;
                t /= 2;
            }
            boolean done = loss - nextLoss < TOLERANCE * Math.max(1, Math.abs(loss));
            beta = next.clone();
            loss = nextLoss;
            if (done) break;
        }
        double[][] w = new double[k][d + 1];
        for (int c = 0; c < k; c++) System.arraycopy(beta, c * (d + 1), w[c], 0, d + 1);
        return new Model(List.copyOf(classes), List.copyOf(features), mean, scale, w);
    }

    private static double loss(double[][] z, int[] y, double[] weight, double[] beta, int k, double l2) {
        int d1 = z[0].length;
        double loss = 0;
        double[] p = new double[k];
        for (int i = 0; i < z.length; i++) {
            softmax(z[i], beta, k, p);
            loss -= (weight == null ? 1 : weight[i]) * StrictMath.log(Math.max(p[y[i]], 1e-300));
        }
        for (int c = 0; c < k; c++) for (int j = 1; j < d1; j++) loss += 0.5 * l2 * beta[c * d1 + j] * beta[c * d1 + j];
        return loss;
    }

    /** Row 0..m-1 of the result: the Hessian, with the gradient as its last column. */
    private static double[][] gradientAndHessian(double[][] z, int[] y, double[] weight, double[] beta, int k, double l2) {
        int d1 = z[0].length;
        int m = k * d1;
        double[][] h = new double[m][m + 1];
        double[] p = new double[k];
        for (int i = 0; i < z.length; i++) {
            double w = weight == null ? 1 : weight[i];
            softmax(z[i], beta, k, p);
            for (int a = 0; a < k; a++) {
                double g = w * (p[a] - (y[i] == a ? 1 : 0));
                for (int j = 0; j < d1; j++) h[a * d1 + j][m] += g * z[i][j];
                for (int b = 0; b < k; b++) {
                    double s = w * p[a] * ((a == b ? 1 : 0) - p[b]);
                    if (s == 0) continue;
                    for (int j = 0; j < d1; j++) {
                        double sj = s * z[i][j];
                        double[] row = h[a * d1 + j];
                        for (int l = 0; l < d1; l++) row[b * d1 + l] += sj * z[i][l];
                    }
                }
            }
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d1; j++) {
                int q = c * d1 + j;
                // the intercepts get a tiny penalty too: with k classes the softmax is otherwise unidentifiable
                double penalty = j == 0 ? 1e-6 : l2;
                h[q][q] += penalty;
                h[q][m] += penalty * beta[q];
            }
        }
        return h;
    }

    /**
     * A standardized value kept within {@value #CLIP} standard deviations: a document far from any the
     * model learned from (a value ten deviations out) must not swing the probabilities beyond what the
     * most extreme training examples did.
     */
    static double clip(double z) {
        return Math.max(-CLIP, Math.min(CLIP, z));
    }

    static void softmax(double[] z, double[] beta, int k, double[] out) {
        int d1 = z.length;
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double s = 0;
            for (int j = 0; j < d1; j++) s += beta[c * d1 + j] * z[j];
            out[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            out[c] = StrictMath.exp(out[c] - max);
            sum += out[c];
        }
        for (int c = 0; c < k; c++) out[c] /= sum;
    }

    /**
     * A fitted model: standardization of each feature, then one weight row per class (intercept first).
     */
    public record Model(List<String> classes, List<String> features, double[] mean, double[] scale, double[][] weights) {
        public Model {
            if (mean.length != features.size() || scale.length != features.size() || weights.length != classes.size()) {
                throw new IllegalArgumentException("model dimensions do not agree");
            }
        }

        /** The probability of each class, in the order of {@code classes}. */
        public double[] probabilities(double[] x) {
            int d = features.size();
            if (x.length != d) throw new IllegalArgumentException(x.length + " features, the model has " + d);
            double[] z = new double[d + 1];
            z[0] = 1;
            for (int j = 0; j < d; j++) z[j + 1] = clip((x[j] - mean[j]) / scale[j]);
            double[] beta = new double[classes.size() * (d + 1)];
            for (int c = 0; c < classes.size(); c++) System.arraycopy(weights[c], 0, beta, c * (d + 1), d + 1);
            double[] p = new double[classes.size()];
            softmax(z, beta, classes.size(), p);
            return p;
        }

        /**
         * The model as text: a header line per class list, then one line per feature (name, mean,
         * scale, the weight of each class), the intercepts first. Numbers in full precision, so that
         * the file reads back to the same model.
         */
        public String toTsv() {
            StringBuilder sb = new StringBuilder();
            sb.append("feature\tmean\tscale");
            for (String c : classes) sb.append('\t').append(c);
            sb.append('\n');
            sb.append("(intercept)\t0\t1");
            for (double[] w : weights) sb.append('\t').append(num(w[0]));
            sb.append('\n');
            for (int j = 0; j < features.size(); j++) {
                sb.append(features.get(j)).append('\t').append(num(mean[j])).append('\t').append(num(scale[j]));
                for (double[] w : weights) sb.append('\t').append(num(w[j + 1]));
                sb.append('\n');
            }
            return sb.toString();
        }

        private static String num(double v) {
            return Double.toString(v).toLowerCase(Locale.ROOT);
        }

        /** Reads {@link #toTsv()} back. */
        public static Model parse(List<String> lines) {
            List<String> rows = lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            if (rows.size() < 2) throw new IllegalArgumentException("a model needs a header and an intercept line");
            String[] head = rows.get(0).split("\t");
            List<String> classes = List.of(head).subList(3, head.length);
            int k = classes.size();
            List<String> features = new ArrayList<>();
            int d = rows.size() - 2;
            double[] mean = new double[d];
            double[] scale = new double[d];
            double[][] w = new double[k][d + 1];
            String[] icpt = rows.get(1).split("\t");
            for (int c = 0; c < k; c++) w[c][0] = Double.parseDouble(icpt[3 + c]);
            for (int j = 0; j < d; j++) {
                String[] p = rows.get(j + 2).split("\t");
                if (p.length != 3 + k) throw new IllegalArgumentException("model line " + (j + 3) + ": expected " + (3 + k) + " columns");
                features.add(p[0]);
                mean[j] = Double.parseDouble(p[1]);
                scale[j] = Double.parseDouble(p[2]);
                for (int c = 0; c < k; c++) w[c][j + 1] = Double.parseDouble(p[3 + c]);
            }
            return new Model(classes, features, mean, scale, w);
        }
    }
}
