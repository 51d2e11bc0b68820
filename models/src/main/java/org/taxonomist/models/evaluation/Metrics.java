package org.taxonomist.models.evaluation;

/**
 * The arithmetic shared by evaluation, threshold tuning and the choice of a combiner, so that all
 * three count the same way: an asset gets a term when its probability is at least the term's
 * threshold (a NaN probability, "no prediction", never gets it); a ratio with nothing to divide is 0.
 */
public final class Metrics {

    private Metrics() {}

    /**
     * F-beta from counts: (1+β²)·tp / ((1+β²)·tp + β²·fn + fp). β &lt; 1 weighs precision more,
     * β &gt; 1 recall. 0 when there is no true positive.
     */
    public static double fBeta(long truePositives, long falsePositives, long falseNegatives, double beta) {
        if (truePositives == 0) {
            return 0;
        }
        double b2 = beta * beta;
        double weighted = (1 + b2) * truePositives;
        return weighted / (weighted + b2 * falseNegatives + falsePositives);
    }

    /** Which terms each asset gets: {@code probabilities[i][t] >= thresholds[t]}. */
    public static boolean[][] predict(float[][] probabilities, float[] thresholds) {
        boolean[][] predicted = new boolean[probabilities.length][];
        for (int i = 0; i < probabilities.length; i++) {
            float[] row = probabilities[i];
            if (row.length != thresholds.length) {
                throw new IllegalArgumentException("Asset " + i + " has " + row.length
                        + " probabilities, but there are " + thresholds.length + " thresholds");
            }
            boolean[] out = new boolean[row.length];
            for (int t = 0; t < row.length; t++) {
                out[t] = row[t] >= thresholds[t];
            }
            predicted[i] = out;
        }
        return predicted;
    }

    /** Mean F1 over the terms that at least one asset truly has (0 when there is none). */
    public static double macroF1(boolean[][] predictions, boolean[][] truth) {
        long[][] counts = confusion(predictions, truth);
        double sum = 0;
        int terms = 0;
        for (long[] c : counts) {
            if (c[0] + c[2] > 0) {
                sum += fBeta(c[0], c[1], c[2], 1);
                terms++;
            }
        }
        return terms == 0 ? 0 : sum / terms;
    }

    /**
     * Mean over the terms of their average precision: how well the probabilities rank the assets
     * that have a term above those that do not, whatever the threshold. Terms no asset has, and
     * rows with a NaN (no prediction), are left out.
     */
    public static double macroAveragePrecision(float[][] probabilities, boolean[][] truth) {
        int termCount = truth.length == 0 ? 0 : truth[0].length;
        double sum = 0;
        int terms = 0;
        for (int t = 0; t < termCount; t++) {
            double ap = averagePrecision(probabilities, truth, t);
            if (!Double.isNaN(ap)) {
                sum += ap;
                terms++;
            }
        }
        return terms == 0 ? 0 : sum / terms;
    }

    /** Average precision of column t: the mean, over its positives, of the precision at each one's rank; NaN with no positive. */
    static double averagePrecision(float[][] probabilities, boolean[][] truth, int t) {
        Integer[] order = descending(probabilities, t);
        int positives = 0;
        double sum = 0;
        for (int rank = 0; rank < order.length; rank++) {
            if (truth[order[rank]][t]) {
                positives++;
                sum += (double) positives / (rank + 1);
            }
        }
        return positives == 0 ? Double.NaN : sum / positives;
    }

    /** The rows with a prediction for column t, most probable first. */
    static Integer[] descending(float[][] probabilities, int t) {
        return java.util.stream.IntStream.range(0, probabilities.length)
                .filter(i -> !Float.isNaN(probabilities[i][t]))
                .boxed()
                .sorted((a, b) -> Float.compare(probabilities[b][t], probabilities[a][t]))
                .toArray(Integer[]::new);
    }

    /** Share of the assets that get at least one term: how much of the field autofill would fill. */
    public static double fillingRate(boolean[][] predictions) {
        if (predictions.length == 0) {
            return 0;
        }
        int filled = 0;
        for (boolean[] row : predictions) {
            for (boolean p : row) {
                if (p) {
                    filled++;
                    break;
                }
            }
        }
        return filled / (double) predictions.length;
    }

    /** Per term {true positives, false positives, false negatives}. */
    static long[][] confusion(boolean[][] predictions, boolean[][] truth) {
        if (predictions.length != truth.length) {
            throw new IllegalArgumentException(predictions.length + " predicted rows for " + truth.length + " assets");
        }
        int termCount = truth.length == 0 ? 0 : truth[0].length;
        long[][] counts = new long[termCount][3];
        for (int i = 0; i < truth.length; i++) {
            boolean[] p = predictions[i];
            boolean[] y = truth[i];
            if (p.length != termCount || y.length != termCount) {
                throw new IllegalArgumentException("Asset " + i + " has " + p.length + " predictions and " + y.length
                        + " labels, expected " + termCount);
            }
            for (int t = 0; t < termCount; t++) {
                if (p[t] && y[t]) {
                    counts[t][0]++;
                } else if (p[t]) {
                    counts[t][1]++;
                } else if (y[t]) {
                    counts[t][2]++;
                }
            }
        }
        return counts;
    }
}
