package org.taxonomist.models.audit;

import java.util.Locale;

/**
 * How suspicious an asset's current terms look, given held-out probabilities of every term and
 * the terms' tuned thresholds. Higher is more suspicious; every score lies in [0, 1].
 */
public enum SuspicionMethod {

    /** The source study's: mean squared error between the label vector and the probabilities. */
    MSE {
        @Override
        public double score(boolean[] labels, float[] p, float[] thresholds) {
            double sum = 0;
            for (int t = 0; t < p.length; t++) {
                double error = (labels[t] ? 1 : 0) - p[t];
                sum += error * error;
            }
            return sum / p.length;
        }
    },

    /**
     * One minus the softmin (temperature {@value #SOFTMIN_TEMPERATURE}) of the per-term label
     * qualities (p for a term the asset has, 1 − p for one it lacks): a single badly wrong term
     * weighs almost as much as the worst-term minimum, while near-ties still count. Worst-term
     * pooling ranked mislabelled items better than averaging in the largest multi-label benchmark.
     */
    WORST {
        @Override
        public double score(boolean[] labels, float[] p, float[] thresholds) {
            double weights = 0;
            double pooled = 0;
            for (int t = 0; t < p.length; t++) {
                double quality = labels[t] ? p[t] : 1 - p[t];
                double weight = Math.exp(-quality / SOFTMIN_TEMPERATURE);
                weights += weight;
                pooled += weight * quality;
            }
            return 1 - pooled / weights;
        }
    },

    /**
     * The model is sure the current labels are wrong: the largest margin by which a term falls on
     * the wrong side of its tuned threshold (a present term below it, an absent one above it),
     * scaled to [0, 1]; 0 when every term agrees with the model.
     */
    CONFIDENT {
        @Override
        public double score(boolean[] labels, float[] p, float[] thresholds) {
            double worst = 0;
            for (int t = 0; t < p.length; t++) {
                float threshold = thresholds[t];
                if (labels[t] && p[t] < threshold) {
                    worst = Math.max(worst, (threshold - p[t]) / threshold);
                } else if (!labels[t] && p[t] >= threshold) {
                    worst = Math.max(worst, (p[t] - threshold) / Math.max(1e-6, 1 - threshold));
                }
            }
            return worst;
        }
    };

    static final double SOFTMIN_TEMPERATURE = 0.1;

    /**
     * @param labels     the asset's current terms, one flag per term
     * @param p          held-out probability per term
     * @param thresholds tuned threshold per term
     */
    public abstract double score(boolean[] labels, float[] p, float[] thresholds);

    /**
     * The method that ranked injected errors best on TuxPaint (models/README.md): {@code mse} when
     * each asset has one term (swaps: precision@k 0.81), {@code worst} when assets have several
     * (spurious terms: 0.70 against 0.26 for mse).
     */
    public static SuspicionMethod bestFor(boolean multiValued) {
        return multiValued ? WORST : MSE;
    }

    /** "mse", "worst" or "confident". */
    public static SuspicionMethod named(String name) {
        for (SuspicionMethod method : values()) {
            if (method.name().equalsIgnoreCase(name.strip())) {
                return method;
            }
        }
        throw new IllegalArgumentException("Unknown audit method '" + name + "': use mse, worst or confident.");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
