package org.taxonomist.models.djl;

import java.util.List;

/** Small operations on plain float arrays that the backbones share. */
final class Vectors {

    private Vectors() {}

    /** The arrays one after another, as one batch for the network. */
    static float[] concatenated(List<float[]> arrays) {
        float[] all = new float[arrays.stream().mapToInt(a -> a.length).sum()];
        int at = 0;
        for (float[] array : arrays) {
            System.arraycopy(array, 0, all, at, array.length);
            at += array.length;
        }
        return all;
    }

    /** Copies {@code source[from ..+ length]} to {@code target[at ..]} scaled to unit L2 norm (zeros stay zeros). */
    static void normalised(float[] source, int from, int length, float[] target, int at) {
        double sum = 0;
        for (int i = 0; i < length; i++) {
            sum += (double) source[from + i] * source[from + i];
        }
        double norm = Math.sqrt(sum);
        for (int i = 0; i < length; i++) {
            target[at + i] = norm == 0 ? 0f : (float) (source[from + i] / norm);
        }
    }

    /** Softmax of {@code source[from ..+ length]}, computed in double. */
    static float[] softmax(float[] source, int from, int length) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < length; i++) {
            max = Math.max(max, source[from + i]);
        }
        double[] e = new double[length];
        double sum = 0;
        for (int i = 0; i < length; i++) {
            e[i] = Math.exp(source[from + i] - max);
            sum += e[i];
        }
        float[] result = new float[length];
        for (int i = 0; i < length; i++) {
            result[i] = (float) (e[i] / sum);
        }
        return result;
    }
}
