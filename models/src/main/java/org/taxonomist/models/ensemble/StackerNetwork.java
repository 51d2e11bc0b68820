package org.taxonomist.models.ensemble;

import java.util.Arrays;

/**
 * The parameters and forward pass of a {@link Stacker}. For asset inputs x (every member's
 * probability of every term, x[m·T + t]) the logit of term t is
 * <pre>
 *   z[t] = outputBias[t] + Σ_m direct[m][t] · x[m·T + t] + Σ_u output[u][t] · relu(hiddenBias[u] + Σ_j input[u][j] · x[j])
 * </pre>
 * The direct part is a per-term weighted vote of the members, which no hidden layer of 16 units
 * could carry for a field of hundreds of terms; the hidden layer adds what crosses terms and
 * members. All weights are row arrays and the pass runs over a {@link Batch} of assets, so that
 * every inner loop is a long run loading and storing at the same index, which the JIT vectorises.
 */
final class StackerNetwork {

    final int memberCount;
    final int termCount;
    /** [hidden][input]. */
    final float[][] input;

    final float[] hiddenBias;
    /** [hidden][term]. */
    final float[][] output;
    /** [member][term]. */
    final float[][] direct;

    final float[] outputBias;

    StackerNetwork(
            int memberCount,
            int termCount,
            float[][] input,
            float[] hiddenBias,
            float[][] output,
            float[][] direct,
            float[] outputBias) {
        this.memberCount = memberCount;
        this.termCount = termCount;
        this.input = input;
        this.hiddenBias = hiddenBias;
        this.output = output;
        this.direct = direct;
        this.outputBias = outputBias;
    }

    static StackerNetwork zeros(int memberCount, int termCount, int hidden) {
        return new StackerNetwork(
                memberCount,
                termCount,
                new float[hidden][memberCount * termCount],
                new float[hidden],
                new float[hidden][termCount],
                new float[memberCount][termCount],
                new float[termCount]);
    }

    int hidden() {
        return hiddenBias.length;
    }

    int inputs() {
        return memberCount * termCount;
    }

    /** All parameter matrices, in a fixed order (the byte form's and the optimiser's). */
    float[][][] matrices() {
        return new float[][][] {input, {hiddenBias}, output, direct, {outputBias}};
    }

    /** Working arrays of a forward pass over up to {@link #SIZE} assets, each [unit][asset]. */
    static final class Batch {
        static final int SIZE = 64;
        final float[][] inputs;
        /** Hidden activations after the ReLU. */
        final float[][] hidden;

        final float[][] logits;

        Batch(StackerNetwork network, int capacity) {
            inputs = new float[network.inputs()][capacity];
            hidden = new float[network.hidden()][capacity];
            logits = new float[network.termCount][capacity];
        }
    }

    /** Forward pass of {@code count} assets ({@code rows[s]}: the inputs of asset s); fills the batch. */
    void forward(float[][] rows, int count, Batch batch) {
        int inputCount = inputs();
        for (int s = 0; s < count; s++) {
            float[] row = rows[s];
            for (int j = 0; j < inputCount; j++) {
                batch.inputs[j][s] = row[j];
            }
        }
        for (int u = 0; u < hiddenBias.length; u++) {
            float[] h = batch.hidden[u];
            Arrays.fill(h, 0, count, hiddenBias[u]);
            float[] weights = input[u];
            for (int j = 0; j < inputCount; j++) {
                float w = weights[j];
                float[] x = batch.inputs[j];
                for (int s = 0; s < count; s++) {
                    h[s] += w * x[s];
                }
            }
            for (int s = 0; s < count; s++) {
                h[s] = Math.max(h[s], 0f);
            }
        }
        for (int t = 0; t < termCount; t++) {
            float[] z = batch.logits[t];
            Arrays.fill(z, 0, count, outputBias[t]);
            for (int m = 0; m < memberCount; m++) {
                float w = direct[m][t];
                float[] x = batch.inputs[m * termCount + t];
                for (int s = 0; s < count; s++) {
                    z[s] += w * x[s];
                }
            }
        }
        for (int u = 0; u < output.length; u++) {
            float[] h = batch.hidden[u];
            float[] weights = output[u];
            for (int t = 0; t < termCount; t++) {
                float w = weights[t];
                float[] z = batch.logits[t];
                for (int s = 0; s < count; s++) {
                    z[s] += w * h[s];
                }
            }
        }
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StackerNetwork that
                && memberCount == that.memberCount
                && termCount == that.termCount
                && Arrays.deepEquals(matrices(), that.matrices());
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(matrices());
    }
}
