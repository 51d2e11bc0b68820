package org.taxonomist.models.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.taxonomist.models.evaluation.Folds;

/**
 * Bagging for heads: each bag trains one head on a random part of the labelled assets; in
 * production the bags' probabilities are averaged ({@link #mean}), which smooths out the
 * quirks of any single fit; in evaluation each asset is scored only by the bags that did not
 * train on it ({@link #outOfBag}), which gives held-out predictions for threshold tuning and
 * combiner choice without a separate cross-validation. The source study uses 5 bags of 75% of
 * the assets, drawn without replacement.
 *
 * <pre>{@code
 * List<BagSample> bags = Bagging.samples(n, Bagging.DEFAULT_BAGS, Bagging.DEFAULT_FRACTION, 7L);
 * List<float[][]> onAll = new ArrayList<>();
 * for (BagSample bag : bags) {
 *     Head head = Head.train(rows(embeddings, bag.inBag()), rows(labels, bag.inBag()), terms, settings);
 *     onAll.add(head.predictAll(embeddings));
 * }
 * float[][] heldOut = Bagging.outOfBag(bags, onAll);   // for ThresholdTuning, Combiners.choose
 * float[][] production = Bagging.mean(onAll);
 * }</pre>
 */
public final class Bagging {

    /** Bags per head in the source study. */
    public static final int DEFAULT_BAGS = 5;
    /** Share of the assets each bag trains on in the source study. */
    public static final double DEFAULT_FRACTION = 0.75;

    private Bagging() {}

    /** {@link #DEFAULT_BAGS} bags of {@link #DEFAULT_FRACTION} of the assets. */
    public static List<BagSample> samples(int n, long seed) {
        return samples(n, DEFAULT_BAGS, DEFAULT_FRACTION, seed);
    }

    /**
     * Draws the bags: each takes {@code round(fraction · n)} distinct assets (at least one when
     * n &gt; 0), without replacement. What each bag leaves out is first its own share of a random
     * partition of the assets into {@code bags} folds, then a uniform sample of the others: every
     * asset is then out of bag at least once whenever a bag leaves out at least a fold's worth of
     * assets (5 bags of 75%: yes, but for a handful of assets), so every labelled asset gets a held-out prediction — which threshold tuning and
     * the label-noise audit need — while each bag keeps the source study's size.
     *
     * @param n        number of labelled assets
     * @param bags     number of bags, at least 1
     * @param fraction share of the assets in each bag, in (0, 1]
     * @param seed     the same arguments give the same bags
     */
    public static List<BagSample> samples(int n, int bags, double fraction, long seed) {
        if (n < 0 || bags < 1 || !(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("Invalid bagging: n=" + n + ", bags=" + bags + ", fraction=" + fraction);
        }
        int size = n == 0 ? 0 : (int) Math.max(1, Math.min(n, Math.round(fraction * n)));
        SplittableRandom random = new SplittableRandom(seed);
        int[] partition = Folds.permutation(n, random);
        List<BagSample> samples = new ArrayList<>(bags);
        for (int b = 0; b < bags; b++) {
            int foldStart = (int) ((long) b * n / bags);
            int foldEnd = (int) ((long) (b + 1) * n / bags);
            int fromFold = Math.min(n - size, foldEnd - foldStart);
            boolean[] out = new boolean[n];
            for (int i = foldStart; i < foldStart + fromFold; i++) {
                out[partition[i]] = true;
            }
            // The rest of what the bag leaves out: a partial Fisher-Yates over the assets outside the fold.
            int[] others = new int[n - (foldEnd - foldStart)];
            System.arraycopy(partition, 0, others, 0, foldStart);
            System.arraycopy(partition, foldEnd, others, foldStart, n - foldEnd);
            for (int i = 0; i < n - size - fromFold; i++) {
                int j = i + random.nextInt(others.length - i);
                int tmp = others[i];
                others[i] = others[j];
                others[j] = tmp;
                out[others[i]] = true;
            }
            int[] inBag = new int[size];
            int[] outOfBag = new int[n - size];
            int in = 0;
            int o = 0;
            for (int i = 0; i < n; i++) {
                if (out[i]) {
                    outOfBag[o++] = i;
                } else {
                    inBag[in++] = i;
                }
            }
            samples.add(new BagSample(inBag, outOfBag));
        }
        return samples;
    }

    /**
     * Held-out predictions: for each asset, the mean of the predictions of the bags that did not
     * train on it. An asset that every bag trained on has no held-out prediction: its row is all
     * NaN, which threshold tuning skips and which never counts as a predicted term. {@link #samples}
     * leaves none such unless the bags are too few or too big to leave every asset out once.
     *
     * @param bags                the bags, as drawn by {@link #samples}
     * @param bagPredictionsOnAll per bag (same order), its probabilities on all n assets (n × T)
     */
    public static float[][] outOfBag(List<BagSample> bags, List<float[][]> bagPredictionsOnAll) {
        if (bags.size() != bagPredictionsOnAll.size() || bags.isEmpty()) {
            throw new IllegalArgumentException(
                    bags.size() + " bags but " + bagPredictionsOnAll.size() + " prediction matrices");
        }
        int n = bags.get(0).size();
        int termCount = Members.check(bagPredictionsOnAll, n);
        float[][] sum = new float[n][termCount];
        int[] count = new int[n];
        for (int b = 0; b < bags.size(); b++) {
            BagSample bag = bags.get(b);
            if (bag.size() != n) {
                throw new IllegalArgumentException(
                        "Bag " + b + " covers " + bag.size() + " assets, the first covers " + n);
            }
            float[][] predictions = bagPredictionsOnAll.get(b);
            for (int i : bag.outOfBag()) {
                float[] target = sum[i];
                float[] source = predictions[i];
                for (int t = 0; t < termCount; t++) {
                    target[t] += source[t];
                }
                count[i]++;
            }
        }
        for (int i = 0; i < n; i++) {
            float[] row = sum[i];
            for (int t = 0; t < termCount; t++) {
                row[t] = count[i] == 0 ? Float.NaN : row[t] / count[i];
            }
        }
        return sum;
    }

    /** The production prediction of a bagged head: the element-wise mean of the bags' probabilities. */
    public static float[][] mean(List<float[][]> bagPredictions) {
        if (bagPredictions.isEmpty()) {
            throw new IllegalArgumentException("No bag predictions to average");
        }
        int n = bagPredictions.get(0).length;
        int termCount = Members.check(bagPredictions, n);
        float[][] mean = new float[n][termCount];
        float bags = bagPredictions.size();
        for (float[][] predictions : bagPredictions) {
            for (int i = 0; i < n; i++) {
                float[] target = mean[i];
                float[] source = predictions[i];
                for (int t = 0; t < termCount; t++) {
                    target[t] += source[t];
                }
            }
        }
        for (float[] row : mean) {
            for (int t = 0; t < termCount; t++) {
                row[t] /= bags;
            }
        }
        return mean;
    }
}
