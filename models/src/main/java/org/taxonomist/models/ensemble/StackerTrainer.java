package org.taxonomist.models.ensemble;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fits a {@link StackerNetwork}: mini-batch Adam (as {@code Head} is trained) on the summed binary
 * cross-entropy of the logits, L2 on the weights (not the biases), learning rate decaying
 * linearly to a tenth. Forward and backward passes run over a whole batch at once with
 * [unit][asset] working arrays; nothing is allocated per batch.
 *
 * <p>The start is the plain average: direct weights 4/M (M members), output biases at the terms'
 * log-odds minus the mean input, a quiet hidden path (He-initialised input weights, small output
 * weights). Training then only has to learn where to depart from the average.
 */
final class StackerTrainer {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;
    /** The slope of the starting average, in logits per unit of mean probability. */
    private static final float START_SLOPE = 4f;
    /** Which of {@link StackerNetwork#matrices()} are weights (with L2) rather than biases. */
    private static final boolean[] PENALISED = {true, false, true, true, false};

    private final StackerSettings settings;
    private final int memberCount;
    private final int termCount;
    private final int inputs;
    /** The usable assets' inputs (all members' probabilities) and labels (0 or 1). */
    private final float[][] x;

    private final float[][] y;

    StackerTrainer(List<float[][]> members, boolean[][] truth, StackerSettings settings) {
        this.settings = settings;
        this.termCount = Members.check(members, truth.length);
        this.memberCount = members.size();
        this.inputs = memberCount * termCount;
        float[][] xs = new float[truth.length][];
        float[][] ys = new float[truth.length][];
        int kept = 0;
        float[] input = new float[inputs];
        for (int i = 0; i < truth.length; i++) {
            if (truth[i].length != termCount) {
                throw new IllegalArgumentException(
                        "Asset " + i + " has " + truth[i].length + " labels, expected " + termCount);
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

    StackerNetwork train() {
        int n = x.length;
        int hidden = settings.hidden();
        SplittableRandom random = new SplittableRandom(settings.seed());
        StackerNetwork network = start(random);
        StackerNetwork gradient = StackerNetwork.zeros(memberCount, termCount, hidden);
        float[][][] parameters = network.matrices();
        float[][][] gradients = gradient.matrices();
        float[][][] firstMoments =
                StackerNetwork.zeros(memberCount, termCount, hidden).matrices();
        float[][][] secondMoments =
                StackerNetwork.zeros(memberCount, termCount, hidden).matrices();

        int batchSize = settings.batchSize();
        int capacity = Math.min(StackerNetwork.Batch.SIZE, batchSize);
        StackerNetwork.Batch batch = new StackerNetwork.Batch(network, capacity);
        float[][] rows = new float[capacity][];
        float[][] labels = new float[capacity][];
        Scratch scratch = new Scratch(termCount, hidden, capacity);
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
                for (float[][] matrix : gradients) {
                    for (float[] row : matrix) {
                        Arrays.fill(row, 0f);
                    }
                }
                // a batch larger than the working arrays is done in slices, then one Adam step
                for (int slice = start; slice < end; slice += capacity) {
                    int count = Math.min(capacity, end - slice);
                    for (int s = 0; s < count; s++) {
                        rows[s] = x[order[slice + s]];
                        labels[s] = y[order[slice + s]];
                    }
                    network.forward(rows, count, batch);
                    backward(network, rows, labels, count, batch, scratch, gradient);
                }
                step++;
                adam(parameters, gradients, firstMoments, secondMoments, 1f / (end - start), rate, step);
            }
        }
        return network;
    }

    private StackerNetwork start(SplittableRandom random) {
        int hidden = settings.hidden();
        StackerNetwork network = StackerNetwork.zeros(memberCount, termCount, hidden);
        double inputScale = Math.sqrt(2.0 / Math.max(1, inputs));
        for (float[] row : network.input) {
            for (int j = 0; j < inputs; j++) {
                row[j] = (float) (random.nextGaussian() * inputScale);
            }
        }
        double outputScale = 0.25 * Math.sqrt(1.0 / hidden);
        for (float[] row : network.output) {
            for (int t = 0; t < termCount; t++) {
                row[t] = (float) (random.nextGaussian() * outputScale);
            }
        }
        float directWeight = START_SLOPE / memberCount;
        for (float[] row : network.direct) {
            Arrays.fill(row, directWeight);
        }
        int n = x.length;
        for (int t = 0; t < termCount; t++) {
            double positives = 0;
            double meanInput = 0;
            for (int i = 0; i < n; i++) {
                positives += y[i][t];
                for (int m = 0; m < memberCount; m++) {
                    meanInput += x[i][m * termCount + t];
                }
            }
            double prior = Math.min(0.999, Math.max(0.001, positives / n));
            network.outputBias[t] =
                    (float) (Math.log(prior / (1 - prior)) - START_SLOPE * meanInput / (n * (double) memberCount));
        }
        return network;
    }

    /** Working arrays of the backward pass. */
    private static final class Scratch {
        final float[][] errorByTerm; // d loss / d logit, [term][asset]
        final float[][] errorByAsset; // the same, [asset][term]
        final float[][] hiddenError; // [hidden][asset]

        Scratch(int termCount, int hidden, int capacity) {
            errorByTerm = new float[termCount][capacity];
            errorByAsset = new float[capacity][termCount];
            hiddenError = new float[hidden][capacity];
        }
    }

    /** Adds the gradients of the batch's summed loss to {@code gradient}. */
    private void backward(
            StackerNetwork network,
            float[][] rows,
            float[][] labels,
            int count,
            StackerNetwork.Batch batch,
            Scratch scratch,
            StackerNetwork gradient) {
        for (int t = 0; t < termCount; t++) {
            float[] logits = batch.logits[t];
            float[] error = scratch.errorByTerm[t];
            float sum = 0f;
            for (int s = 0; s < count; s++) {
                float e = (float) StackerNetwork.sigmoid(logits[s]) - labels[s][t];
                error[s] = e;
                scratch.errorByAsset[s][t] = e;
                sum += e;
            }
            gradient.outputBias[t] += sum;
            for (int m = 0; m < memberCount; m++) {
                float[] input = batch.inputs[m * termCount + t];
                float dot = 0f;
                for (int s = 0; s < count; s++) {
                    dot += error[s] * input[s];
                }
                gradient.direct[m][t] += dot;
            }
        }
        int hidden = network.hidden();
        for (int s = 0; s < count; s++) {
            float[] error = scratch.errorByAsset[s];
            for (int u = 0; u < hidden; u++) {
                float h = batch.hidden[u][s];
                if (h != 0f) {
                    float[] g = gradient.output[u];
                    for (int t = 0; t < termCount; t++) {
                        g[t] += h * error[t];
                    }
                }
            }
        }
        for (int u = 0; u < hidden; u++) {
            float[] back = scratch.hiddenError[u];
            Arrays.fill(back, 0, count, 0f);
            float[] weights = network.output[u];
            for (int t = 0; t < termCount; t++) {
                float w = weights[t];
                float[] error = scratch.errorByTerm[t];
                for (int s = 0; s < count; s++) {
                    back[s] += w * error[s];
                }
            }
            float[] h = batch.hidden[u];
            float[] g = gradient.input[u];
            float sum = 0f;
            for (int s = 0; s < count; s++) {
                float d = h[s] > 0f ? back[s] : 0f; // ReLU: no gradient where the unit was off
                if (d != 0f) {
                    sum += d;
                    float[] input = rows[s];
                    for (int j = 0; j < inputs; j++) {
                        g[j] += d * input[j];
                    }
                }
            }
            gradient.hiddenBias[u] += sum;
        }
    }

    private void adam(
            float[][][] parameters,
            float[][][] gradients,
            float[][][] firstMoments,
            float[][][] secondMoments,
            float scale,
            double rate,
            int step) {
        double correction1 = 1 - Math.pow(BETA1, step);
        double correction2 = 1 - Math.pow(BETA2, step);
        float stepSize = (float) (rate * Math.sqrt(correction2) / correction1);
        float b1 = (float) BETA1;
        float b2 = (float) BETA2;
        float eps = (float) EPSILON;
        for (int k = 0; k < parameters.length; k++) {
            float l2 = PENALISED[k] ? (float) settings.l2() : 0f;
            for (int r = 0; r < parameters[k].length; r++) {
                float[] p = parameters[k][r];
                float[] g = gradients[k][r];
                float[] m = firstMoments[k][r];
                float[] v = secondMoments[k][r];
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
