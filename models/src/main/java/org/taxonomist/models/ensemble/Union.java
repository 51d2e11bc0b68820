package org.taxonomist.models.ensemble;

import java.util.List;

/** Combines members by the highest of their probabilities: a term that any member is sure of is kept (favours recall). NaN in, NaN out. */
final class Union implements Combiner {

    static final String NAME = "union";

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
                    out[t] = Math.max(out[t], in[t]);
                }
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
        return other instanceof Union;
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
