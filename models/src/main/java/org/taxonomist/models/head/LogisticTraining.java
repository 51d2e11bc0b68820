package org.taxonomist.models.head;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.stream.IntStream;
import org.taxonomist.models.head.recipe.DenseLayer;
import org.taxonomist.models.head.recipe.LogisticHead;

/**
 * Fits a linear head: per term, logistic regression with an L2 penalty (strength 1/C) by
 * LIBLINEAR's trust-region Newton solver (the Java port; scikit-learn's "liblinear" solver is the
 * same code). An exact convex fit, unlike a few epochs of Adam: on 15–40 labelled assets a term, a
 * well-regularised linear model is what the data can support.
 *
 * <p>LIBLINEAR reads one object per feature value, so a problem costs about 40 bytes per value:
 * {@link LogisticHead#MAX_VALUES} bounds it. Terms are fitted in parallel; the solver is deterministic.
 */
final class LogisticTraining {

    /** The most embedding values (assets × dimensions) a linear head trains on: about 320 MB of LIBLINEAR nodes. */
    /** LIBLINEAR's default stopping tolerance for this solver. */
    private static final double TOLERANCE = 0.01;
    /** The logit a term that every (or no) training asset has gets: a probability of 0.9999 (or 0.0001). */
    private static final float CONSTANT_LOGIT = 9.2f;

    static {
        Linear.disableDebugOutput();
    }

    private LogisticTraining() {}

    /**
     * @param x standardised embeddings, row-major {@code n x d}
     * @param y targets (0 or 1), row-major {@code n x k}
     * @param c inverse regularisation strength (larger = weaker penalty)
     * @return one layer, {@code d x k}: the logits of the terms
     */
    static DenseLayer fit(float[] x, float[] y, int n, int d, int k, double c) {
        if ((long) n * d > LogisticHead.MAX_VALUES) {
            throw new IllegalArgumentException(
                    n + " x " + d + " embedding values are more than a linear head trains on ("
                            + LogisticHead.MAX_VALUES + "): use the MLP head");
        }
        // LIBLINEAR reads the bias as one more feature of value 1, at index d + 1.
        Feature[][] rows = new Feature[n][d + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                rows[i][j] = new FeatureNode(j + 1, x[i * d + j]);
            }
            rows[i][d] = new FeatureNode(d + 1, 1);
        }
        float[] weights = new float[d * k];
        float[] bias = new float[k];
        IntStream.range(0, k).parallel().forEach(t -> fitTerm(rows, y, n, d, k, t, c, weights, bias));
        return new DenseLayer(d, k, weights, bias);
    }

    private static void fitTerm(
            Feature[][] rows, float[] y, int n, int d, int k, int t, double c, float[] weights, float[] bias) {
        Problem problem = new Problem();
        problem.l = n;
        problem.n = d + 1;
        problem.bias = 1;
        problem.x = rows;
        problem.y = new double[n];
        int positives = 0;
        for (int i = 0; i < n; i++) {
            problem.y[i] = y[i * k + t];
            positives += y[i * k + t] > 0 ? 1 : 0;
        }
        if (positives == 0 || positives == n) {
            bias[t] = positives == 0 ? -CONSTANT_LOGIT : CONSTANT_LOGIT;
            return;
        }
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, c, TOLERANCE));
        int positive = model.getLabels()[0] == 1 ? 0 : 1;
        for (int j = 0; j < d; j++) {
            weights[j * k + t] = (float) model.getDecfunCoef(j + 1, positive);
        }
        bias[t] = (float) model.getDecfunBias(positive);
    }
}
