package org.taxonomist.models.duplicates;

import java.awt.image.BufferedImage;

/**
 * A picture's 64-bit perceptual hash (pHash): its luminance averaged down to 32 × 32 cells, the 2-D DCT of that, and
 * one bit per coefficient of the 8 × 8 lowest frequencies, set where the coefficient is above their median. Re-encoding,
 * resizing and moderate recolouring move few bits; another picture moves about half of them. Two hashes are compared by
 * {@link #distance} (differing bits, 0 to 64).
 *
 * <p>Written here rather than taken from JImageHash, the maintained Java library for it: its hashing needs JavaFX at run
 * time ({@code javafx.scene.image.Image}, through its pixel accessor), which an application server does not have, and
 * the algorithm is 40 lines.
 */
public final class PerceptualHash {

    static final int CELLS = 32;
    static final int LOW = 8;

    private PerceptualHash() {}

    /** The hash of an RGB picture of any size. */
    public static long of(BufferedImage image) {
        double[][] dct = dct(luminance(image));
        double[] low = new double[LOW * LOW];
        for (int u = 0; u < LOW; u++) {
            for (int v = 0; v < LOW; v++) {
                low[u * LOW + v] = dct[u][v];
            }
        }
        double[] sorted = low.clone();
        java.util.Arrays.sort(sorted);
        double median = (sorted[31] + sorted[32]) / 2;
        long bits = 0;
        for (int i = 0; i < low.length; i++) {
            if (low[i] > median) {
                bits |= 1L << i;
            }
        }
        return bits;
    }

    /** How many of the 64 bits differ. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** Mean luminance of each of 32 × 32 cells: every source pixel counts once, whatever the picture's size. */
    static double[][] luminance(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        double[][] sum = new double[CELLS][CELLS];
        double[][] count = new double[CELLS][CELLS];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            int cy = (int) ((long) y * CELLS / height);
            for (int x = 0; x < width; x++) {
                int rgb = row[x];
                int cx = (int) ((long) x * CELLS / width);
                sum[cy][cx] += 0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
                count[cy][cx]++;
            }
        }
        for (int y = 0; y < CELLS; y++) {
            for (int x = 0; x < CELLS; x++) {
                sum[y][x] = count[y][x] == 0 ? 0 : sum[y][x] / count[y][x];
            }
        }
        return sum;
    }

    /** The 2-D DCT-II of a 32 × 32 block: each row's, then each column's of those. */
    static double[][] dct(double[][] block) {
        double[][] rows = new double[CELLS][];
        for (int y = 0; y < CELLS; y++) {
            rows[y] = dct(block[y]);
        }
        double[][] out = new double[CELLS][CELLS];
        double[] column = new double[CELLS];
        for (int v = 0; v < CELLS; v++) {
            for (int y = 0; y < CELLS; y++) {
                column[y] = rows[y][v];
            }
            double[] transformed = dct(column);
            for (int u = 0; u < CELLS; u++) {
                out[u][v] = transformed[u];
            }
        }
        return out;
    }

    /** The 1-D DCT-II, unnormalised: only the coefficients' order matters here. */
    private static double[] dct(double[] values) {
        double[] out = new double[values.length];
        for (int u = 0; u < values.length; u++) {
            double sum = 0;
            for (int x = 0; x < values.length; x++) {
                sum += values[x] * Math.cos((2 * x + 1) * u * Math.PI / (2 * values.length));
            }
            out[u] = sum;
        }
        return out;
    }
}
