package org.taxonomist.models.djl;

/**
 * TensorFlow's legacy bilinear resize (align_corners = false, half_pixel_centers = false) along one
 * axis, as a matrix: target index t samples source position t * in / out, between its floor and the
 * next index (clamped to the last). Multiplying by it reproduces TF's ResizeBilinear exactly up to
 * float rounding.
 */
final class LegacyBilinear {

    private LegacyBilinear() {}

    /** Row-major {@code [out, in]}: row t holds the weights of the source values for target t. */
    static float[] matrix(long in, int out) {
        int n = Math.toIntExact(in);
        float[] weights = new float[out * n];
        double ratio = n / (double) out;
        for (int t = 0; t < out; t++) {
            double source = t * ratio;
            int low = (int) Math.floor(source);
            int high = Math.min(low + 1, n - 1);
            double fraction = source - low;
            weights[t * n + low] += (float) (1 - fraction);
            weights[t * n + high] += (float) fraction;
        }
        return weights;
    }
}
