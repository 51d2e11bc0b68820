package org.taxonomist.models.pca;

import java.util.stream.IntStream;

/**
 * The sample covariance matrix of embeddings: a blocked rank update, n·d²/2 multiply-adds. The
 * data is centred a chunk of {@value #CHUNK_ROWS} assets at a time; the upper triangle of the
 * result is split into bands of rows of about equal area, one task per band, each accumulating
 * in float over the chunk and adding into double totals after it (so rounding does not grow with
 * n). Inside a band, four result rows are updated together from each centred asset, in runs of
 * {@value #BLOCK_ROWS} assets: the four rows stay in L1, the run in L2, and the loops load and
 * store at the same index, which the JIT vectorises.
 */
final class Covariance {

    private static final int CHUNK_ROWS = 1024;
    private static final int BLOCK_ROWS = 64;

    private Covariance() {}

    static double[] mean(float[][] x) {
        int d = x[0].length;
        double[] sum = new double[d];
        for (float[] row : x) {
            if (row.length != d) {
                throw new IllegalArgumentException("Rows of different lengths: " + row.length + " and " + d);
            }
            for (int j = 0; j < d; j++) {
                sum[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            sum[j] /= x.length;
        }
        return sum;
    }

    /** The full (both triangles) covariance, divided by n - 1, as float rows. */
    static float[][] of(float[][] x, float[] mean) {
        int n = x.length;
        int d = mean.length;
        int[] bands = bands(d, 2 * Runtime.getRuntime().availableProcessors());
        int bandCount = bands.length - 1;
        float[][][] partial = new float[bandCount][][];
        double[][][] total = new double[bandCount][][];
        for (int band = 0; band < bandCount; band++) {
            partial[band] = new float[bands[band + 1] - bands[band]][d];
            total[band] = new double[bands[band + 1] - bands[band]][d];
        }
        float[][] chunk = new float[Math.min(n, CHUNK_ROWS)][d];
        for (int start = 0; start < n; start += CHUNK_ROWS) {
            int first = start;
            int rows = Math.min(CHUNK_ROWS, n - start);
            IntStream.range(0, rows).parallel().forEach(r -> {
                float[] source = x[first + r];
                float[] target = chunk[r];
                for (int j = 0; j < d; j++) {
                    target[j] = source[j] - mean[j];
                }
            });
            IntStream.range(0, bandCount).parallel().forEach(band -> {
                int from = bands[band];
                for (int block = 0; block < rows; block += BLOCK_ROWS) {
                    accumulate(chunk, block, Math.min(rows, block + BLOCK_ROWS), partial[band], from, bands[band + 1]);
                }
                for (int i = 0; i < partial[band].length; i++) {
                    float[] p = partial[band][i];
                    double[] t = total[band][i];
                    for (int b = from + i; b < d; b++) {
                        t[b] += p[b];
                        p[b] = 0f;
                    }
                }
            });
        }
        float[][] covariance = new float[d][d];
        for (int band = 0; band < bandCount; band++) {
            for (int i = 0; i < total[band].length; i++) {
                int a = bands[band] + i;
                double[] t = total[band][i];
                for (int b = a; b < d; b++) {
                    float value = (float) (t[b] / (n - 1));
                    covariance[a][b] = value;
                    covariance[b][a] = value;
                }
            }
        }
        return covariance;
    }

    /** Adds rows {@code from..to-1} (upper triangle) of the scatter of centred assets {@code first..end-1}. */
    private static void accumulate(float[][] centred, int first, int end, float[][] partial, int from, int to) {
        int d = centred[0].length;
        int a = from;
        for (; a + 4 <= to; a += 4) {
            float[] p0 = partial[a - from];
            float[] p1 = partial[a - from + 1];
            float[] p2 = partial[a - from + 2];
            float[] p3 = partial[a - from + 3];
            for (int r = first; r < end; r++) {
                float[] row = centred[r];
                float v0 = row[a];
                float v1 = row[a + 1];
                float v2 = row[a + 2];
                float v3 = row[a + 3];
                // the corner of the triangle, then four rows at once
                p0[a] += v0 * v0;
                p0[a + 1] += v0 * v1;
                p0[a + 2] += v0 * v2;
                p1[a + 1] += v1 * v1;
                p1[a + 2] += v1 * v2;
                p2[a + 2] += v2 * v2;
                for (int b = a + 3; b < d; b++) {
                    float value = row[b];
                    p0[b] += v0 * value;
                    p1[b] += v1 * value;
                    p2[b] += v2 * value;
                    p3[b] += v3 * value;
                }
            }
        }
        for (; a < to; a++) {
            float[] p = partial[a - from];
            for (int r = first; r < end; r++) {
                float[] row = centred[r];
                float v = row[a];
                for (int b = a; b < d; b++) {
                    p[b] += v * row[b];
                }
            }
        }
    }

    /** Splits rows 0..d-1 of an upper triangle into bands of about equal area. */
    static int[] bands(int d, int count) {
        count = Math.max(1, Math.min(count, d));
        int[] bounds = new int[count + 1];
        double area = d * (d + 1) / 2.0;
        int a = 0;
        double covered = 0;
        for (int band = 1; band < count; band++) {
            double target = area * band / count;
            while (a < d && covered + (d - a) <= target) {
                covered += d - a;
                a++;
            }
            bounds[band] = Math.max(a, bounds[band - 1]);
        }
        bounds[count] = d;
        return bounds;
    }
}
