package org.taxonomist.models.ensemble;

import java.util.List;

/**
 * The combiners that fold the members' probabilities term by term: {@code average} (the mean, the
 * plain default), {@code union} (the highest: a term any member is sure of is kept, favouring
 * recall) and {@code intersection} (the lowest: a term needs every member's agreement, favouring
 * precision). NaN in, NaN out. They have no parameters, so each exists once.
 */
final class Elementwise implements Combiner {

    /** Folds two probabilities into one. */
    private interface Fold {
        float apply(float combined, float member);
    }

    static final Elementwise AVERAGE = new Elementwise("average", Float::sum, true);
    static final Elementwise UNION = new Elementwise("union", Math::max, false);
    static final Elementwise INTERSECTION = new Elementwise("intersection", Math::min, false);

    private final String name;
    private final Fold fold;
    private final boolean mean;

    private Elementwise(String name, Fold fold, boolean mean) {
        this.name = name;
        this.fold = fold;
        this.mean = mean;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public float[][] combine(List<float[][]> members) {
        int termCount = Members.check(members);
        int n = Members.rows(members);
        float[][] combined = new float[n][];
        for (int i = 0; i < n; i++) {
            combined[i] = members.get(0)[i].clone();
        }
        for (int m = 1; m < members.size(); m++) {
            float[][] member = members.get(m);
            for (int i = 0; i < n; i++) {
                float[] out = combined[i];
                float[] in = member[i];
                for (int t = 0; t < termCount; t++) {
                    out[t] = fold.apply(out[t], in[t]);
                }
            }
        }
        if (mean) {
            float count = members.size();
            for (float[] row : combined) {
                for (int t = 0; t < termCount; t++) {
                    row[t] /= count;
                }
            }
        }
        return combined;
    }

    @Override
    public byte[] toBytes() {
        return CombinerFormat.write(name, out -> {});
    }

    @Override
    public String toString() {
        return name;
    }
}
