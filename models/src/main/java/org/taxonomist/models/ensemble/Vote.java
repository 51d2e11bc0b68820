package org.taxonomist.models.ensemble;

import java.util.Arrays;
import java.util.List;
import org.taxonomist.models.evaluation.ThresholdTuning;

/**
 * Majority-style voting: the combined value of a term is the share of members whose probability
 * reaches that member's own threshold (so with three members it is 0, ⅓, ⅔ or 1, and the field's
 * tuned threshold then says how many votes a term needs). A member's NaN is no vote. Unlike the
 * average it ignores how sure a member is, which helps when one member is badly calibrated.
 *
 * <pre>{@code
 * Combiner half = new Vote();                                   // every member votes at 0.5
 * Vote tuned = Vote.fit(members, truth, 1.0, 0.4f, 5);           // each member at its own tuned thresholds
 * }</pre>
 */
public final class Vote implements Combiner {

    static final String NAME = "vote";
    /** A member's threshold when none is given. */
    public static final float DEFAULT_THRESHOLD = 0.5f;

    /** [member][term], or null: {@link #DEFAULT_THRESHOLD} everywhere. */
    private final float[][] thresholds;

    /** Every member votes for a term when its probability is at least 0.5. */
    public Vote() {
        this.thresholds = null;
    }

    /**
     * @param memberThresholds {@code memberThresholds[m][t]}: member m votes for term t when its
     *                         probability is at least this; one row per member, in member order
     */
    public Vote(float[][] memberThresholds) {
        if (memberThresholds.length == 0) {
            throw new IllegalArgumentException("No member thresholds");
        }
        float[][] copy = new float[memberThresholds.length][];
        for (int m = 0; m < copy.length; m++) {
            copy[m] = memberThresholds[m].clone();
            if (copy[m].length != copy[0].length) {
                throw new IllegalArgumentException(
                        "Member " + m + " has " + copy[m].length + " thresholds, member 0 has " + copy[0].length);
            }
        }
        this.thresholds = copy;
    }

    /** A vote in which each member uses its own thresholds, tuned for F-beta on {@code truth}. */
    public static Vote fit(List<float[][]> members, boolean[][] truth, double beta, float fallback, int minPositives) {
        Members.check(members, truth.length);
        float[][] tuned = new float[members.size()][];
        for (int m = 0; m < tuned.length; m++) {
            tuned[m] = ThresholdTuning.tune(members.get(m), truth, beta, fallback, minPositives);
        }
        return new Vote(tuned);
    }

    /** A copy of the thresholds, [member][term]; null when every member votes at 0.5. */
    public float[][] memberThresholds() {
        if (thresholds == null) {
            return null;
        }
        float[][] copy = new float[thresholds.length][];
        for (int m = 0; m < copy.length; m++) {
            copy[m] = thresholds[m].clone();
        }
        return copy;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public float[][] combine(List<float[][]> members) {
        int termCount = Members.check(members);
        int n = Members.rows(members);
        if (thresholds != null
                && (thresholds.length != members.size() || (n > 0 && thresholds[0].length != termCount))) {
            throw new IllegalArgumentException("This vote has thresholds for " + thresholds.length + " members × "
                    + thresholds[0].length + " terms, got " + members.size() + " × " + termCount);
        }
        float[][] combined = new float[n][termCount];
        for (int m = 0; m < members.size(); m++) {
            float[][] member = members.get(m);
            float[] memberThresholds = thresholds == null ? null : thresholds[m];
            for (int i = 0; i < n; i++) {
                float[] out = combined[i];
                float[] in = member[i];
                for (int t = 0; t < termCount; t++) {
                    if (in[t] >= (memberThresholds == null ? DEFAULT_THRESHOLD : memberThresholds[t])) {
                        out[t]++;
                    }
                }
            }
        }
        float count = members.size();
        for (float[] row : combined) {
            for (int t = 0; t < termCount; t++) {
                row[t] /= count;
            }
        }
        return combined;
    }

    @Override
    public byte[] toBytes() {
        return CombinerFormat.write(NAME, out -> {
            out.writeBoolean(thresholds != null);
            if (thresholds != null) {
                out.writeInt(thresholds.length);
                out.writeInt(thresholds[0].length);
                for (float[] row : thresholds) {
                    CombinerFormat.writeFloats(out, row);
                }
            }
        });
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Vote that && Arrays.deepEquals(thresholds, that.thresholds);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(thresholds);
    }

    @Override
    public String toString() {
        return thresholds == null ? "vote at 0.5" : "vote at tuned thresholds (" + thresholds.length + " members)";
    }
}
