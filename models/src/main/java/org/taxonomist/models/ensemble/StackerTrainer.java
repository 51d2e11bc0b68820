package org.taxonomist.models.ensemble;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fits a {@link Stacker}: mini-batch Adam (as {@code Head} is trained) on the summed binary
 * cross-entropy of the logits. Forward and backward passes run over a whole batch at once, with
 * [unit][asset] working arrays, so that the inner loops are long same-index runs the JIT
 * vectorises; nothing is allocated per batch. He-initialised hidden weights; output biases start
 * at the terms' log-odds, so the first epochs are not spent learning the priors.
 */
final class StackerTrainer {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final StackerSettings settings;
    private final int memberCount;
    private final int termCount;
    private final int inputs;
    private final int hidden;
    /** The usable assets' inputs (all members' probabilities) and labels. */
    private final float[][] x;
    private final float[][] y;

    StackerTrainer(List<float[][]> members, boolean[][] truth, StackerSettings settings) {
        this.settings = settings;
        this.termCount = Members.check(members, truth.length);
        this.memberCount = members.size();
        this.inputs = memberCount * termCount;
        this.hidden = settings.hidden();
        float[][] xs = new float[truth.length][];
        float[][] ys = new float[truth.length][];
        int kept = 0;
        float[] input = new float[inputs];
        for (int i = 0; i < truth.length; i++) {
            if (truth[i].length != termCount) {
                throw new IllegalArgumentException("Asset " + i + " has " + truth[i].length + " labels, expected " + termCount);
            }
            if (!Stacker.gather(members, i, termCount, input)) {
                continue;
            }
            xs[kept] = input.clone();
            float[] labels = new float[termCount];
            for (int t = 0; t < termCount; t++) {
                labels[t] = truth[i][t] ? 1f : 0f;
            }
            ys[kept++] = labels;
        }
        if (kept == 0) {
            throw new IllegalArgumentException("No asset with a prediction from every member to train the stacker on");
        }
        this.x = Arrays.copyOf(xs, kept);
        this.y = Arrays.copyOf(ys, kept);
    }

    Stacker train() {
        int n = x.length;
        SplittableRandom random = new SplittableRandom(settings.seed());
        float[][] w1 = new float[hidden][inputs];
        float[] b1 = new float[hidden];
        float[][] w2 = new float[hidden][termCount];
        float[] b2 = new float[termCount];
        double scale1 = Math.sqrt(2.0 / Math.max(1, inputs));
        for (float[] row : w1) {
            for (int j = 0; j < inputs; j++) {
                row[j] = (float) (random.nextGaussian() * scale1);
            }
        }
        double scale2 = Math.sqrt(1.0 / hidden);
        for (float[] row : w2) {
            for (int t = 0; t < termCount; t++) {
                row[t] = (float) (random.nextGaussian() * scale2);
            }
        }
        for (int t = 0; t < termCount; t++) {
            double positives = 0;
            for (float[] labels : y) {
                positives += labels[t];
            }
            double prior = Math.min(0.999, Math.max(0.001, positives / n));
            b2[t] = (float) Math.log(prior / (1 - prior));
        }

        int capacity = Stacker.Batch.SIZE;
        int batchSize = settings.batchSize();
        Stacker.Batch batch = new Stacker.Batch(inputs, hidden, termCount, Math.min(capacity, batchSize));
        Adam inputLayer = new Adam(hidden, inputs);
        Adam hiddenBiases = new Adam(1, hidden);
        Adam outputLayer = new Adam(hidden, termCount);
        Adam outputBiases = new Adam(1, termCount);
        float[][] gw1 = inputLayer.gradient;
        float[] gb1 = hiddenBiases.gradient[0];
        float[][] gw2 = outputLayer.gradient;
        float[] gb2 = outputBiases.gradient[0];
        float[][] rows = new float[capacity][];
        float[][] errorByTerm = new float[termCount][capacity];  // d loss / d logit, [term][asset]
        float[][] errorByAsset = new float[capacity][termCount]; // the same, [asset][term]
        float[][] hiddenError = new float[hidden][capacity];
        float[][] b1Rows = {b1};
        float[][] b2Rows = {b2};
        float l2 = (float) settings.l2();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int step = 0;
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(order, random);
            double rate = settings.learningRate() * (1 - 0.9 * epoch / (double) Math.max(1, settings.epochs() - 1));
            for (int start = 0; start < n; start += batchSize) {
                int end = Math.min(n, start + batchSize);
                inputLayer.clear();
                hiddenBiases.clear();
                outputLayer.clear();
                outputBiases.clear();
                // a settings batch larger than the working arrays is done in slices, one Adam step
                for (int slice = start; slice < end; slice += capacity) {
                    int count = Math.min(capacity, end - slice);
                    for (int s = 0; s < count; s++) {
                        rows[s] = x[order[slice + s]];
                    }
                    Stacker.forward(rows, count, batch, w1, b1, w2, b2);
                    backward(rows, count, slice, order, batch, w2, errorByTerm, errorByAsset, hiddenError, gw1, gb1, gw2, gb2);
                }
                step++;
                float inverseBatch = 1f / (end - start);
                inputLayer.step(w1, inverseBatch, l2, rate, step);
                hiddenBiases.step(b1Rows, inverseBatch, 0f, rate, step);
                outputLayer.step(w2, inverseBatch, l2, rate, step);
                outputBiases.step(b2Rows, inverseBatch, 0f, rate, step);
            }
        }
        return new Stacker(memberCount, termCount, hidden, w1, b1, w2, b2);
    }

    /** Adds the batch's gradients (summed over its assets) to gw1, gb1, gw2, gb2. */
    private void backward(float[][] rows, int count, int slice, int[] order, Stacker.Batch batch, float[][] w2,
            float[][] errorByTerm, float[][] errorByAsset, float[][] hiddenError, float[][] gw1, float[] gb1, float[][] gw2,
            float[] gb2) {
        for (int t = 0; t < termCount; t++) {
            float[] logits = batch.logits[t];
            float[] error = errorByTerm[t];
            float sum = 0f;
            for (int s = 0; s < count; s++) {
                float e = (float) Stacker.sigmoid(logits[s]) - y[order[slice + s]][t];
                error[s] = e;
                errorByAsset[s][t] = e;
                sum += e;
            }
            gb2[t] += sum;
        }
        for (int s = 0; s < count; s++) {
            float[] error = errorByAsset[s];
            for (int u = 0; u < hidden; u++) {
                float h = batch.hidden[u][s];
                if (h != 0f) {
                    float[] gradient = gw2[u];
                    for (int t = 0; t < termCount; t++) {
                        gradient[t] += h * error[t];
                    }
                }
            }
        }
        for (int u = 0; u < hidden; u++) {
            float[] back = hiddenError[u];
            Arrays.fill(back, 0, count, 0f);
            float[] weights = w2[u];
            for (int t = 0; t < termCount; t++) {
                float w = weights[t];
                float[] error = errorByTerm[t];
                for (int s = 0; s < count; s++) {
                    back[s] += w * error[s];
                }
            }
            float[] h = batch.hidden[u];
            float[] gradient = gw1[u];
            float sum = 0f;
            for (int s = 0; s < count; s++) {
                float d = h[s] > 0f ? back[s] : 0f; // ReLU: no gradient where the unit was off
                if (d != 0f) {
                    sum += d;
                    float[] input = rows[s];
                    for (int j = 0; j < inputs; j++) {
                        gradient[j] += d * input[j];
                    }
                }
            }
            gb1[u] += sum;
        }
    }

    /** Gradient and Adam moments of one parameter matrix (row arrays, like the parameters). */
    private static final class Adam {
        final float[][] gradient;
        final float[][] first;
        final float[][] second;

        Adam(int rows, int columns) {
            gradient = new float[rows][columns];
            first = new float[rows][columns];
            second = new float[rows][columns];
        }

        void clear() {
            for (float[] row : gradient) {
                Arrays.fill(row, 0f);
            }
        }

        void step(float[][] parameters, float scale, float l2, double rate, int step) {
            double correction1 = 1 - Math.pow(BETA1, step);
            double correction2 = 1 - Math.pow(BETA2, step);
            float stepSize = (float) (rate * Math.sqrt(correction2) / correction1);
            float b1 = (float) BETA1;
            float b2 = (float) BETA2;
            float eps = (float) EPSILON;
            for (int r = 0; r < parameters.length; r++) {
                float[] p = parameters[r];
                float[] g = gradient[r];
                float[] m = first[r];
                float[] v = second[r];
                for (int i = 0; i < p.length; i++) {
                    float grad = g[i] * scale + l2 * p[i];
                    m[i] = b1 * m[i] + (1 - b1) * grad;
                    v[i] = b2 * v[i] + (1 - b2) * grad * grad;
                    p[i] -= stepSize * m[i] / ((float) Math.sqrt(v[i]) + eps);
                }
            }
        }
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
