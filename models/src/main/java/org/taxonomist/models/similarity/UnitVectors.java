package org.taxonomist.models.similarity;

/**
 * Vectors scaled to length 1, and their dot product, which for unit vectors is the cosine of the originals:
 * the similar-image index, the collection map and the near-duplicate check all compare embeddings so.
 */
public final class UnitVectors {

    private UnitVectors() {}

    /**
     * The vector scaled to length 1 (summed in double, so lengths too small for a float's square still scale up);
     * a zero vector stays zero.
     */
    public static float[] unit(float[] vector) {
        double norm = Math.sqrt(dot(vector, vector));
        float[] unit = new float[vector.length];
        if (norm > 0) {
            for (int i = 0; i < vector.length; i++) {
                unit[i] = (float) (vector[i] / norm);
            }
        }
        return unit;
    }

    /** The dot product, summed in double. */
    public static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }
}
