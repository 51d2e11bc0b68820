package org.taxonomist.models.djl;

import java.awt.image.BufferedImage;

/**
 * Preprocessing for user-supplied networks, the torchvision/PIL way: optionally a centred square
 * crop, then an antialiased bilinear resize to {@code size x size} (PIL's {@code BILINEAR}: a
 * triangle filter widened by the downscale factor, so a large photo is averaged, not sampled),
 * then {@code (rgb / 255 - mean) / std} per channel, written NCHW or NHWC as float32.
 *
 * <p>An image that already has the target size passes through the resize unchanged.
 */
final class PixelInput {

    /** How the image is fitted to the square input. */
    enum Fit {
        /** The whole image, squeezed to a square (aspect ratio not kept). */
        STRETCH,
        /** The centred square of side min(width, height), as Resize(size) + CenterCrop(size) do. */
        CROP
    }

    private final int size;
    private final Fit fit;
    private final float[] mean;
    private final float[] std;
    private final boolean nhwc;

    PixelInput(int size, Fit fit, float[] mean, float[] std, boolean nhwc) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive: " + size);
        }
        for (float s : std) {
            if (s == 0) {
                throw new IllegalArgumentException("std must not be 0");
            }
        }
        this.size = size;
        this.fit = fit;
        this.mean = mean.clone();
        this.std = std.clone();
        this.nhwc = nhwc;
    }

    int size() {
        return size;
    }

    /** Values per image: {@code 3 * size * size}. */
    int length() {
        return 3 * size * size;
    }

    /** Writes {@code image} (RGB; alpha ignored) into {@code out[offset ..+ length()]}. */
    void write(BufferedImage image, float[] out, int offset) {
        int x0 = 0;
        int y0 = 0;
        int width = image.getWidth();
        int height = image.getHeight();
        if (fit == Fit.CROP && width != height) {
            int side = Math.min(width, height);
            x0 = (width - side) / 2;
            y0 = (height - side) / 2;
            width = side;
            height = side;
        }
        int[] pixels = image.getRGB(x0, y0, width, height, null, 0, width);
        Coefficients columns = Coefficients.of(width, size);
        Coefficients rows = Coefficients.of(height, size);
        // Horizontal pass: height x size x 3, in 0..255.
        double[] horizontal = new double[height * size * 3];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < size; x++) {
                double r = 0;
                double g = 0;
                double b = 0;
                int first = columns.first[x];
                double[] weights = columns.weights[x];
                for (int k = 0; k < weights.length; k++) {
                    int p = pixels[y * width + first + k];
                    r += weights[k] * ((p >> 16) & 0xFF);
                    g += weights[k] * ((p >> 8) & 0xFF);
                    b += weights[k] * (p & 0xFF);
                }
                int at = (y * size + x) * 3;
                horizontal[at] = r;
                horizontal[at + 1] = g;
                horizontal[at + 2] = b;
            }
        }
        int plane = size * size;
        for (int y = 0; y < size; y++) {
            int first = rows.first[y];
            double[] weights = rows.weights[y];
            for (int x = 0; x < size; x++) {
                for (int c = 0; c < 3; c++) {
                    double v = 0;
                    for (int k = 0; k < weights.length; k++) {
                        v += weights[k] * horizontal[((first + k) * size + x) * 3 + c];
                    }
                    float value = (float) ((v / 255.0 - mean[c]) / std[c]);
                    int index = nhwc ? offset + (y * size + x) * 3 + c : offset + c * plane + y * size + x;
                    out[index] = value;
                }
            }
        }
    }

    /** PIL's resampling coefficients for one axis (ImagingResample, bilinear filter, support 1). */
    private record Coefficients(int[] first, double[][] weights) {

        static Coefficients of(int in, int out) {
            double scale = in / (double) out;
            double filterScale = Math.max(scale, 1.0);
            double support = filterScale;
            int[] first = new int[out];
            double[][] weights = new double[out][];
            for (int i = 0; i < out; i++) {
                double center = (i + 0.5) * scale;
                int min = Math.max((int) (center - support + 0.5), 0);
                int max = Math.min((int) (center + support + 0.5), in);
                double[] w = new double[max - min];
                double total = 0;
                for (int k = 0; k < w.length; k++) {
                    double t = Math.abs((k + min - center + 0.5) / filterScale);
                    w[k] = t < 1 ? 1 - t : 0;
                    total += w[k];
                }
                for (int k = 0; k < w.length; k++) {
                    w[k] = total == 0 ? 0 : w[k] / total;
                }
                first[i] = min;
                weights[i] = w;
            }
            return new Coefficients(first, weights);
        }
    }
}
