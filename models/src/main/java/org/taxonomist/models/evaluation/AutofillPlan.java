package org.taxonomist.models.evaluation;

import java.util.List;

/**
 * Autofill at a promised precision: per term, the lowest threshold at which the held-out
 * (out-of-bag) predictions reach the precision, and what that promises for the field — the
 * precision of all the fills together and the share of empty fields that get at least one term.
 * A term whose predictions never reach it (or reach it on fewer than {@link #MIN_FILLED} held-out
 * assets) has no autofill threshold: its suggestions wait for review.
 *
 * <pre>{@code
 * AutofillPlan plan = AutofillPlan.of(outOfBag, truth, 0.95);
 * plan.thresholds();   // NaN where a term is left to review
 * plan.coverage();     // "fills 62% of empty fields at 95% precision"
 * }</pre>
 *
 * @param precision         the precision asked for, in (0, 1]
 * @param thresholds        per term, the threshold, or NaN: left to review
 * @param expectedPrecision the held-out precision of every fill, all terms together (NaN when nothing is filled)
 * @param coverage          the share of the held-out assets that get at least one term
 */
public record AutofillPlan(double precision, float[] thresholds, double expectedPrecision, double coverage) {

    /** The precisions an admin can ask for; a model version keeps a plan for each. */
    public static final List<Double> OFFERED_PRECISIONS = List.of(0.8, 0.9, 0.95, 0.98, 0.99);

    /** A precision measured on fewer fills than this promises nothing. */
    public static final int MIN_FILLED = 10;

    public static AutofillPlan of(float[][] probabilities, boolean[][] truth, double precision) {
        if (!(precision > 0 && precision <= 1)) {
            throw new IllegalArgumentException("A precision is in (0, 1]: " + precision);
        }
        int termCount = truth.length == 0 ? 0 : truth[0].length;
        float[] thresholds = new float[termCount];
        for (int t = 0; t < termCount; t++) {
            thresholds[t] = lowestThreshold(probabilities, truth, t, precision);
        }
        long filled = 0;
        long right = 0;
        int assetsFilled = 0;
        int assets = 0;
        for (int i = 0; i < truth.length; i++) {
            if (Float.isNaN(probabilities[i][0])) {
                continue; // no held-out prediction
            }
            assets++;
            boolean any = false;
            for (int t = 0; t < termCount; t++) {
                if (!Float.isNaN(thresholds[t]) && probabilities[i][t] >= thresholds[t]) {
                    filled++;
                    right += truth[i][t] ? 1 : 0;
                    any = true;
                }
            }
            assetsFilled += any ? 1 : 0;
        }
        return new AutofillPlan(
                precision,
                thresholds,
                filled == 0 ? Double.NaN : (double) right / filled,
                assets == 0 ? 0 : (double) assetsFilled / assets);
    }

    /**
     * Sweeps the term's held-out predictions from the most probable down and keeps the lowest
     * probability at which the precision of everything at or above it still reaches the target.
     */
    private static float lowestThreshold(float[][] probabilities, boolean[][] truth, int t, double precision) {
        Integer[] order = Metrics.descending(probabilities, t);
        float threshold = Float.NaN;
        int right = 0;
        for (int rank = 0; rank < order.length; rank++) {
            right += truth[order[rank]][t] ? 1 : 0;
            boolean lastOfItsValue =
                    rank + 1 == order.length || probabilities[order[rank + 1]][t] < probabilities[order[rank]][t];
            if (lastOfItsValue && rank + 1 >= MIN_FILLED && right >= precision * (rank + 1)) {
                threshold = probabilities[order[rank]][t];
            }
        }
        return threshold;
    }
}
