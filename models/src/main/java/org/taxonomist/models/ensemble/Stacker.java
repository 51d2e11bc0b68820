package org.taxonomist.models.ensemble;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A learned combiner: a small network reads every member's probability for every term of the
 * field (so it can learn that one backbone is trustworthy for some terms, or that two terms go
 * together) and outputs one probability per term. One hidden layer of ReLU units and sigmoid
 * outputs, plus a direct per-term path from the members' probabilities of that term to its output
 * (see the module README for why), trained in pure Java by mini-batch Adam on the summed binary
 * cross-entropy of the logits with L2 on the weights, from a fixed seed: the same data and
 * settings give the same stacker.
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

    private final StackerNetwork network;

    Stacker(StackerNetwork network) {
        this.network = network;
    }

    /**
     * Trains a stacker. Assets with a NaN in any member (no held-out prediction) are left out.
     *
     * @param members one n × T matrix of held-out probabilities per member, aligned
     * @param truth   {@code truth[i][t]}: asset i has term t
     */
    public static Stacker fit(List<float[][]> members, boolean[][] truth, StackerSettings settings) {
        return new Stacker(new StackerTrainer(members, truth, settings).train());
    }

    public int memberCount() {
        return network.memberCount;
    }

    public int termCount() {
        return network.termCount;
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
        int termCount = network.termCount;
        if (members.size() != network.memberCount || (n > 0 && terms != termCount)) {
            throw new IllegalArgumentException("This stacker reads " + network.memberCount + " members × " + termCount
                    + " terms, got " + members.size() + " × " + terms);
        }
        float[][] combined = new float[n][termCount];
        int capacity = StackerNetwork.Batch.SIZE;
        StackerNetwork.Batch batch = new StackerNetwork.Batch(network, capacity);
        float[][] inputs = new float[capacity][network.inputs()];
        int[] assets = new int[capacity];
        int count = 0;
        for (int i = 0; i <= n; i++) {
            if (i < n && gather(members, i, termCount, inputs[count])) {
                assets[count++] = i;
            } else if (i < n) {
                Arrays.fill(combined[i], Float.NaN);
            }
            if (count == capacity || (i == n && count > 0)) {
                network.forward(inputs, count, batch);
                for (int t = 0; t < termCount; t++) {
                    float[] logits = batch.logits[t];
                    for (int s = 0; s < count; s++) {
                        combined[assets[s]][t] = (float) StackerNetwork.sigmoid(logits[s]);
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

    /** Members, terms, hidden units, then the parameter matrices row by row (see {@link StackerNetwork#matrices()}). */
    @Override
    public byte[] toBytes() {
        return CombinerFormat.write(NAME, out -> {
            out.writeInt(network.memberCount);
            out.writeInt(network.termCount);
            out.writeInt(network.hidden());
            for (float[][] matrix : network.matrices()) {
                for (float[] row : matrix) {
                    CombinerFormat.writeFloats(out, row);
                }
            }
        });
    }

    static Stacker read(DataInputStream in) throws IOException {
        int members = in.readInt();
        int terms = in.readInt();
        int hidden = in.readInt();
        if (members < 1 || terms < 0 || hidden < 1) {
            throw new IllegalArgumentException("Corrupt serialised stacker: " + members + " members, " + terms
                    + " terms, " + hidden + " hidden units");
        }
        long values = (long) hidden * members * terms + hidden + (long) hidden * terms + (long) members * terms + terms;
        if (values > in.available() / Float.BYTES) {
            throw new IllegalArgumentException("Truncated or corrupt serialised combiner");
        }
        StackerNetwork network = StackerNetwork.zeros(members, terms, hidden);
        for (float[][] matrix : network.matrices()) {
            for (float[] row : matrix) {
                System.arraycopy(CombinerFormat.readFloats(in, row.length), 0, row, 0, row.length);
            }
        }
        return new Stacker(network);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Stacker that && network.equals(that.network);
    }

    @Override
    public int hashCode() {
        return network.hashCode();
    }

    @Override
    public String toString() {
        return "stacker (" + network.memberCount + " members × " + network.termCount + " terms, " + network.hidden()
                + " hidden units)";
    }
}
