package org.taxonomist.models.ensemble;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A learned combiner: a small network reads every member's probability for every term of the
 * field (so it can learn that one backbone is trustworthy for some terms, or that two terms go
 * together) and outputs one probability per term. One hidden layer of ReLU units, sigmoid outputs,
 * trained in pure Java by mini-batch Adam on the summed binary cross-entropy (on the logits) with
 * L2 on the weights, from a fixed seed, so the same data gives the same stacker.
 *
 * <p>Train it on held-out member predictions (out-of-bag or out-of-fold), never on predictions
 * of heads that saw the same assets, or it learns to trust overfitted members.
 *
 * <pre>{@code
 * Stacker stacker = Stacker.fit(List.of(outOfBagA, outOfBagB), truth, StackerSettings.defaults());
 * float[][] probabilities = stacker.combine(List.of(productionA, productionB));
 * }</pre>
 */
public final class Stacker implements Combiner {

    static final String NAME = "stacker";

    private final int memberCount;
    private final int termCount;
    private final int hidden;
    /**
     * [hidden][input], input = member * termCount + term. Row arrays, and a forward pass over a
     * batch of assets at a time (see {@link Batch}), so that every inner loop is a long run of
     * multiply-adds loading and storing at the same index, which the JIT vectorises.
     */
    private final float[][] inputWeights;
    private final float[] hiddenBias;
    /** [hidden][term]. */
    private final float[][] outputWeights;
    private final float[] outputBias;

    Stacker(int memberCount, int termCount, int hidden, float[][] inputWeights, float[] hiddenBias, float[][] outputWeights,
            float[] outputBias) {
        this.memberCount = memberCount;
        this.termCount = termCount;
        this.hidden = hidden;
        this.inputWeights = inputWeights;
        this.hiddenBias = hiddenBias;
        this.outputWeights = outputWeights;
        this.outputBias = outputBias;
    }

    /**
     * Trains a stacker. Assets with a NaN in any member (no held-out prediction) are left out.
     *
     * @param members one n × T matrix of held-out probabilities per member, aligned
     * @param truth   {@code truth[i][t]}: asset i has term t
     */
    public static Stacker fit(List<float[][]> members, boolean[][] truth, StackerSettings settings) {
        return new StackerTrainer(members, truth, settings).train();
    }

    public int memberCount() {
        return memberCount;
    }

    public int termCount() {
        return termCount;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Combines members in the order they were given to {@link #fit}; an asset with any NaN input gets a NaN row. */
    @Override
    public float[][] combine(List<float[][]> members) {
        int terms = Members.check(members);
        int n = Members.rows(members);
        if (members.size() != memberCount || (n > 0 && terms != termCount)) {
            throw new IllegalArgumentException("This stacker reads " + memberCount + " members × " + termCount + " terms, got "
                    + members.size() + " × " + terms);
        }
        float[][] combined = new float[n][termCount];
        Batch batch = new Batch(memberCount * termCount, hidden, termCount, Batch.SIZE);
        float[][] inputs = new float[Batch.SIZE][memberCount * termCount];
        int[] assets = new int[Batch.SIZE];
        int count = 0;
        for (int i = 0; i <= n; i++) {
            if (i < n && gather(members, i, termCount, inputs[count])) {
                assets[count++] = i;
            } else if (i < n) {
                Arrays.fill(combined[i], Float.NaN);
            }
            if (count == Batch.SIZE || (i == n && count > 0)) {
                forward(inputs, count, batch, inputWeights, hiddenBias, outputWeights, outputBias);
                for (int t = 0; t < termCount; t++) {
                    float[] logits = batch.logits[t];
                    for (int s = 0; s < count; s++) {
                        combined[assets[s]][t] = (float) sigmoid(logits[s]);
                    }
                }
                count = 0;
            }
        }
        return combined;
    }

    /** Copies asset i's probabilities of all members into one input vector; false when one is NaN. */
    static boolean gather(List<float[][]> members, int i, int termCount, float[] input) {
        for (int m = 0; m < members.size(); m++) {
            float[] row = members.get(m)[i];
            for (int t = 0; t < termCount; t++) {
                if (Float.isNaN(row[t])) {
                    return false;
                }
            }
            System.arraycopy(row, 0, input, m * termCount, termCount);
        }
        return true;
    }

    /** Working arrays of a forward pass over up to {@link #SIZE} assets, each [unit][asset]. */
    static final class Batch {
        static final int SIZE = 64;
        final float[][] inputs;
        /** Hidden activations after the ReLU. */
        final float[][] hidden;
        final float[][] logits;

        Batch(int inputCount, int hiddenCount, int termCount, int capacity) {
            inputs = new float[inputCount][capacity];
            hidden = new float[hiddenCount][capacity];
            logits = new float[termCount][capacity];
        }
    }

    /** Forward pass of {@code count} assets ({@code rows[s]}: the inputs of asset s); fills the batch's hidden and logits. */
    static void forward(float[][] rows, int count, Batch batch, float[][] w1, float[] b1, float[][] w2, float[] b2) {
        int inputCount = batch.inputs.length;
        for (int s = 0; s < count; s++) {
            float[] row = rows[s];
            for (int j = 0; j < inputCount; j++) {
                batch.inputs[j][s] = row[j];
            }
        }
        for (int u = 0; u < w1.length; u++) {
            float[] h = batch.hidden[u];
            Arrays.fill(h, 0, count, b1[u]);
            float[] weights = w1[u];
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
        for (int t = 0; t < b2.length; t++) {
            Arrays.fill(batch.logits[t], 0, count, b2[t]);
        }
        for (int u = 0; u < w2.length; u++) {
            float[] h = batch.hidden[u];
            float[] weights = w2[u];
            for (int t = 0; t < weights.length; t++) {
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
    public byte[] toBytes() {
        return CombinerFormat.write(NAME, out -> {
            out.writeInt(memberCount);
            out.writeInt(termCount);
            out.writeInt(hidden);
            for (float[] row : inputWeights) {
                CombinerFormat.writeFloats(out, row);
            }
            CombinerFormat.writeFloats(out, hiddenBias);
            for (float[] row : outputWeights) {
                CombinerFormat.writeFloats(out, row);
            }
            CombinerFormat.writeFloats(out, outputBias);
        });
    }

    static Stacker read(DataInputStream in) throws IOException {
        int members = in.readInt();
        int terms = in.readInt();
        int hidden = in.readInt();
        if (members < 1 || terms < 0 || hidden < 1) {
            throw new IllegalArgumentException("Corrupt serialised stacker: " + members + " members, " + terms + " terms, "
                    + hidden + " hidden units");
        }
        int inputs = Math.multiplyExact(members, terms);
        if ((long) inputs * hidden + (long) hidden * terms + hidden + terms > in.available() / Float.BYTES) {
            throw new IllegalArgumentException("Truncated or corrupt serialised combiner");
        }
        float[][] w1 = new float[hidden][];
        for (int u = 0; u < hidden; u++) {
            w1[u] = CombinerFormat.readFloats(in, inputs);
        }
        float[] b1 = CombinerFormat.readFloats(in, hidden);
        float[][] w2 = new float[hidden][];
        for (int u = 0; u < hidden; u++) {
            w2[u] = CombinerFormat.readFloats(in, terms);
        }
        float[] b2 = CombinerFormat.readFloats(in, terms);
        return new Stacker(members, terms, hidden, w1, b1, w2, b2);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Stacker that && memberCount == that.memberCount && termCount == that.termCount
                && hidden == that.hidden && Arrays.deepEquals(inputWeights, that.inputWeights)
                && Arrays.equals(hiddenBias, that.hiddenBias) && Arrays.deepEquals(outputWeights, that.outputWeights)
                && Arrays.equals(outputBias, that.outputBias);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(inputWeights) * 31 + Arrays.deepHashCode(outputWeights);
    }

    @Override
    public String toString() {
        return "stacker (" + memberCount + " members × " + termCount + " terms, " + hidden + " hidden units)";
    }
}
