package org.taxonomist.models.topics;

import java.util.Arrays;

/**
 * Topic scores of a new document against fixed topics, as pure functions over the model's
 * arrays. Both iterate to a fixed point; documents of a handful of terms converge in a few dozen
 * sweeps.
 */
final class Scoring {

    private static final int SWEEPS = 200;
    private static final double TOLERANCE = 1e-7;

    private Scoring() {}

    /**
     * LDA: the posterior mean of the document's topic shares with the topics held fixed, by the
     * fixed point θ ← (α + Σ_terms r) / (Σα + terms), where r is a term's responsibility across
     * topics (θ·φ, normalised) — the same form as the training documents' scores, (n_k + α_k) / (n + Σα).
     *
     * @param topicTerms φ, k × V
     * @param present    the document's term ids, distinct
     */
    static float[] foldIn(float[][] topicTerms, double[] alpha, int[] present) {
        int k = topicTerms.length;
        double alphaSum = Arrays.stream(alpha).sum();
        double[] theta = new double[k];
        for (int j = 0; j < k; j++) {
            theta[j] = alpha[j] / alphaSum;
        }
        double[] counts = new double[k];
        double[] share = new double[k];
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            Arrays.fill(counts, 0);
            for (int t : present) {
                double total = 0;
                for (int j = 0; j < k; j++) {
                    share[j] = theta[j] * topicTerms[j][t];
                    total += share[j];
                }
                for (int j = 0; j < k; j++) {
                    counts[j] += share[j] / total;
                }
            }
            double change = 0;
            for (int j = 0; j < k; j++) {
                double next = (alpha[j] + counts[j]) / (alphaSum + present.length);
                change = Math.max(change, Math.abs(next - theta[j]));
                theta[j] = next;
            }
            if (change < TOLERANCE) {
                break;
            }
        }
        return normalised(theta);
    }

    /**
     * NMF: non-negative least squares of the document's tf-idf vector on the topics (HALS sweeps
     * from zero), normalised to sum 1 as the training documents' scores are; all zeros when the
     * topics give back less than {@link Nmf#UNEXPLAINED} of the document's own terms, as in training.
     *
     * @param topicTerms H, k × V, rows summing to 1
     * @param gram       H·Hᵀ ({@link #gram})
     * @param present    the document's term ids, distinct
     */
    static float[] leastSquares(float[][] topicTerms, double[] idf, double[][] gram, int[] present) {
        int k = topicTerms.length;
        double[] a = new double[k];
        for (int j = 0; j < k; j++) {
            for (int t : present) {
                a[j] += idf[t] * topicTerms[j][t];
            }
        }
        double[] x = new double[k];
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            if (Nmf.solve(x, a, gram, 0) < TOLERANCE) {
                break;
            }
        }
        double own = 0;
        double given = 0;
        for (int t : present) {
            double reconstructed = 0;
            for (int j = 0; j < k; j++) {
                reconstructed += x[j] * topicTerms[j][t];
            }
            own += idf[t] * idf[t];
            given += idf[t] * reconstructed;
        }
        return given < Nmf.UNEXPLAINED * own ? new float[k] : normalised(x);
    }

    /** H·Hᵀ for the topics' weight rows. */
    static double[][] gram(float[][] topicTerms) {
        int k = topicTerms.length;
        double[][] g = new double[k][k];
        for (int j = 0; j < k; j++) {
            for (int l = j; l < k; l++) {
                double dot = 0;
                for (int t = 0; t < topicTerms[j].length; t++) {
                    dot += (double) topicTerms[j][t] * topicTerms[l][t];
                }
                g[j][l] = dot;
                g[l][j] = dot;
            }
        }
        return g;
    }

    /** The values scaled to sum 1, as floats; all zeros stay zeros. */
    static float[] normalised(double[] values) {
        double sum = Arrays.stream(values).sum();
        float[] result = new float[values.length];
        for (int j = 0; j < values.length && sum > 0; j++) {
            result[j] = (float) (values[j] / sum);
        }
        return result;
    }
}
