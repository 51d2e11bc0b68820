package org.taxonomist.models.evaluation;

import java.util.Arrays;

/**
 * Per-term decision thresholds. A head's probabilities are not calibrated alike across terms (a
 * rare term may never reach 0.5 yet be right at 0.2), so each term gets the cut that maximises
 * F-beta on held-out (cross-validated or out-of-bag) predictions, as in Jocic et al.'s DAM study.
 * Terms with too few positives to tune on get a fixed fallback (0.4 in that study).
 *
 * <pre>{@code
 * float[] thresholds = ThresholdTuning.tune(outOfFold, truth, 1.0, ThresholdTuning.DEFAULT_FALLBACK,
 *         ThresholdTuning.DEFAULT_MIN_POSITIVES);
 * boolean[][] tags = Metrics.predict(probabilities, thresholds);
 * }</pre>
 *
 * <p>The candidates are the distinct probabilities seen (an asset gets the term when its
 * probability is at least the threshold), found in one sorted sweep: O(n log n) per term. Among
 * equally good cuts the highest wins, since a wrong tag costs a librarian more than a missing one.
 * NaN probabilities (assets without a held-out prediction, see {@code Bagging.outOfBag}) are left
 * out of the tuning.
 */
public final class ThresholdTuning {

    /** The threshold of terms with too few positives to tune on (Jocic et al.). */
    public static final float DEFAULT_FALLBACK = 0.4f;
    /** Fewer positives than this and a term keeps the fallback: 5 spread over 5 folds is one each. */
    public static final int DEFAULT_MIN_POSITIVES = 5;

    private ThresholdTuning() {}

    /**
     * The F-beta-maximising threshold of every term.
     *
     * @param probabilities {@code probabilities[i][t]}, held-out predictions (n × T)
     * @param truth         {@code truth[i][t]}: asset i has term t
     * @param beta          1 for F1; below 1 favours precision, above 1 recall
     * @param fallback      the threshold of terms with fewer than {@code minPositives} positives (or none)
     * @param minPositives  positives (with a prediction) a term needs to be tuned
     */
    public static float[] tune(
            float[][] probabilities, boolean[][] truth, double beta, float fallback, int minPositives) {
        if (probabilities.length != truth.length) {
            throw new IllegalArgumentException(
                    probabilities.length + " prediction rows for " + truth.length + " assets");
        }
        int n = truth.length;
        int termCount = n == 0 ? 0 : truth[0].length;
        for (int i = 0; i < n; i++) {
            if (probabilities[i].length != termCount || truth[i].length != termCount) {
                throw new IllegalArgumentException("Asset " + i + " has " + probabilities[i].length
                        + " probabilities and " + truth[i].length + " labels, expected " + termCount);
            }
        }
        float[] thresholds = new float[termCount];
        long[] keys = new long[n];
        for (int t = 0; t < termCount; t++) {
            int m = 0;
            for (int i = 0; i < n; i++) {
                float p = probabilities[i][t];
                if (!Float.isNaN(p)) {
                    keys[m++] = key(p, truth[i][t]);
                }
            }
            thresholds[t] = best(keys, m, beta, fallback, minPositives);
        }
        return thresholds;
    }

    /** {@link #tune} for one term. */
    public static float tuneTerm(
            float[] probabilities, boolean[] truth, double beta, float fallback, int minPositives) {
        return best(keys(probabilities, truth), -1, beta, fallback, minPositives);
    }

    /**
     * F-beta against the threshold, for a chart: {@code points} thresholds evenly spaced from 0 to 1
     * inclusive, each row {@code {threshold, fBeta}}.
     */
    public static double[][] curve(float[] probabilities, boolean[] truth, double beta, int points) {
        if (points < 2) {
            throw new IllegalArgumentException("A curve needs at least 2 points, got " + points);
        }
        long[] keys = keys(probabilities, truth);
        Arrays.sort(keys);
        int m = keys.length;
        float[] sorted = new float[m];
        int[] positivesFrom = new int[m + 1]; // positives among sorted[i..m-1]
        for (int i = m - 1; i >= 0; i--) {
            sorted[i] = probability(keys[i]);
            positivesFrom[i] = positivesFrom[i + 1] + (int) (keys[i] & 1);
        }
        int positives = positivesFrom[0];
        double[][] curve = new double[points][];
        for (int p = 0; p < points; p++) {
            double threshold = p / (double) (points - 1);
            int first = firstAtLeast(sorted, (float) threshold);
            int tp = positivesFrom[first];
            int fp = m - first - tp;
            curve[p] = new double[] {threshold, Metrics.fBeta(tp, fp, positives - tp, beta)};
        }
        return curve;
    }

    private static long[] keys(float[] probabilities, boolean[] truth) {
        if (probabilities.length != truth.length) {
            throw new IllegalArgumentException(probabilities.length + " probabilities for " + truth.length + " labels");
        }
        long[] keys = new long[probabilities.length];
        int m = 0;
        for (int i = 0; i < probabilities.length; i++) {
            if (!Float.isNaN(probabilities[i])) {
                keys[m++] = key(probabilities[i], truth[i]);
            }
        }
        return m == keys.length ? keys : Arrays.copyOf(keys, m);
    }

    /** Sweeps the first {@code m} keys (all when m &lt; 0) from the highest probability down. */
    private static float best(long[] keys, int m, double beta, float fallback, int minPositives) {
        int count = m < 0 ? keys.length : m;
        int positives = 0;
        for (int i = 0; i < count; i++) {
            positives += (int) (keys[i] & 1);
        }
        if (positives == 0 || positives < minPositives) {
            return fallback;
        }
        Arrays.sort(keys, 0, count);
        long tp = 0;
        long fp = 0;
        double bestScore = -1;
        float bestThreshold = fallback;
        int i = count - 1;
        while (i >= 0) {
            long value = keys[i] >>> 1;
            while (i >= 0 && keys[i] >>> 1 == value) {
                if ((keys[i] & 1) != 0) {
                    tp++;
                } else {
                    fp++;
                }
                i--;
            }
            double score = Metrics.fBeta(tp, fp, positives - tp, beta);
            if (score > bestScore) {
                bestScore = score;
                bestThreshold = probability(keys[i + 1]);
            }
        }
        return bestThreshold;
    }

    /** A long that sorts like the probability, with the label in the lowest bit. */
    private static long key(float probability, boolean positive) {
        int bits = Float.floatToIntBits(probability + 0.0f); // -0.0 becomes 0.0
        int sortable = bits ^ (bits >> 31 | 0x80000000);
        return (Integer.toUnsignedLong(sortable) << 1) | (positive ? 1 : 0);
    }

    private static float probability(long key) {
        int sortable = (int) (key >>> 1);
        int bits = sortable < 0 ? sortable ^ 0x80000000 : ~sortable;
        return Float.intBitsToFloat(bits);
    }

    private static int firstAtLeast(float[] sorted, float threshold) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < threshold) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
