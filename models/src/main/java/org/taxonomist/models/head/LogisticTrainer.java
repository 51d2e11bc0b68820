package org.taxonomist.models.head;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fits one logistic regression per term, all at once: mini-batch Adam over a contiguous,
 * standardised copy of the embeddings. Loops run over terms innermost (weights are
 * [feature][term]), which the JIT turns into vector multiply-adds; nothing is allocated per sample.
 * The shuffle uses a fixed seed, so training is deterministic.
 */
final class LogisticTrainer {

    private static final int BATCH = 64;
    private static final long SEED = 0x5EED_7A40L;
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final float[][] embeddings;
    private final boolean[][] labels;
    private final List<String> terms;
    private final HeadSettings settings;
    private final int n;
    private final int d;
    private final int k;

    LogisticTrainer(float[][] embeddings, boolean[][] labels, List<String> terms, HeadSettings settings) {
        if (embeddings.length == 0 || embeddings.length != labels.length) {
            throw new IllegalArgumentException("Need as many label rows as embeddings (and at least one): "
                    + embeddings.length + " vs " + labels.length);
        }
        this.embeddings = embeddings;
        this.labels = labels;
        this.terms = terms;
        this.settings = settings;
        this.n = embeddings.length;
        this.d = embeddings[0].length;
        this.k = terms.size();
        for (int i = 0; i < n; i++) {
            if (embeddings[i].length != d || labels[i].length != k) {
                throw new IllegalArgumentException("Row " + i + " has " + embeddings[i].length + " features and "
                        + labels[i].length + " labels; expected " + d + " and " + k);
            }
        }
    }

    Head train() {
        float[] mean = new float[d];
        float[] inverseStd = new float[d];
        float[] x = standardised(mean, inverseStd);
        float[] y = new float[n * k];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < k; t++) {
                y[i * k + t] = labels[i][t] ? 1f : 0f;
            }
        }

        float[] w = new float[d * k];
        float[] b = new float[k];
        float[] gw = new float[d * k];
        float[] gb = new float[k];
        float[] mw = new float[d * k];
        float[] vw = new float[d * k];
        float[] mb = new float[k];
        float[] vb = new float[k];
        float[] error = new float[k];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(SEED);
        int step = 0;
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(order, random);
            double rate = settings.learningRate() * (1 - 0.9 * epoch / (double) Math.max(1, settings.epochs() - 1));
            for (int start = 0; start < n; start += BATCH) {
                int end = Math.min(n, start + BATCH);
                Arrays.fill(gw, 0f);
                Arrays.fill(gb, 0f);
                for (int s = start; s < end; s++) {
                    int i = order[s];
                    int row = i * d;
                    System.arraycopy(b, 0, error, 0, k);
                    for (int j = 0; j < d; j++) {
                        float xj = x[row + j];
                        int wr = j * k;
                        for (int t = 0; t < k; t++) {
                            error[t] += xj * w[wr + t];
                        }
                    }
                    for (int t = 0; t < k; t++) {
                        error[t] = (float) Head.sigmoid(error[t]) - y[i * k + t];
                        gb[t] += error[t];
                    }
                    for (int j = 0; j < d; j++) {
                        float xj = x[row + j];
                        int wr = j * k;
                        for (int t = 0; t < k; t++) {
                            gw[wr + t] += xj * error[t];
                        }
                    }
                }
                step++;
                float scale = 1f / (end - start);
                adam(w, gw, mw, vw, scale, (float) settings.l2(), rate, step);
                adam(b, gb, mb, vb, scale, 0f, rate, step);
            }
        }
        return new Head(terms, mean, inverseStd, w, b);
    }

    private static void adam(float[] p, float[] g, float[] m, float[] v, float scale, float l2, double rate, int step) {
        double correction1 = 1 - Math.pow(BETA1, step);
        double correction2 = 1 - Math.pow(BETA2, step);
        float stepSize = (float) (rate * Math.sqrt(correction2) / correction1);
        float b1 = (float) BETA1;
        float b2 = (float) BETA2;
        float eps = (float) EPSILON;
        for (int i = 0; i < p.length; i++) {
            float grad = g[i] * scale + l2 * p[i];
            m[i] = b1 * m[i] + (1 - b1) * grad;
            v[i] = b2 * v[i] + (1 - b2) * grad * grad;
            p[i] -= stepSize * m[i] / ((float) Math.sqrt(v[i]) + eps);
        }
    }

    /** Standardised features, row-major; fills the per-feature mean and 1/std (0 for constant features). */
    private float[] standardised(float[] mean, float[] inverseStd) {
        double[] sum = new double[d];
        double[] sumSquares = new double[d];
        for (float[] row : embeddings) {
            for (int j = 0; j < d; j++) {
                sum[j] += row[j];
                sumSquares[j] += (double) row[j] * row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            double m = sum[j] / n;
            double variance = Math.max(0, sumSquares[j] / n - m * m);
            double std = Math.sqrt(variance);
            mean[j] = (float) m;
            inverseStd[j] = std > 1e-6 * Math.max(1, Math.abs(m)) ? (float) (1 / std) : 0f;
        }
        float[] x = new float[n * d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i * d + j] = (embeddings[i][j] - mean[j]) * inverseStd[j];
            }
        }
        return x;
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
    }
}
