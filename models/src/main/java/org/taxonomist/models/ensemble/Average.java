package org.taxonomist.models.ensemble;

import java.util.List;

/** Combines members by the mean of their probabilities, the plain default. NaN in, NaN out. */
final class Average implements Combiner {

    static final String NAME = "average";

    @Override
    public String name() {
        return NAME;
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
                    out[t] += in[t];
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
        });
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Average;
    }

    @Override
    public int hashCode() {
        return NAME.hashCode();
    }

    @Override
    public String toString() {
        return NAME;
    }
}
