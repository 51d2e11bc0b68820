package org.taxonomist.models.pca;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The leading eigenvectors of a symmetric positive semi-definite matrix by subspace iteration
 * (the block power method): start from a random block of {@code k + oversampling} vectors,
 * repeatedly multiply by the matrix and re-orthonormalise (modified Gram-Schmidt, with a second
 * pass where the first lost too much), then rotate the block onto eigenvectors by a Rayleigh-Ritz
 * step. The extra vectors make the leading k converge at the rate of λ(l+1)/λ(k) rather than
 * λ(k+1)/λ(k).
 */
final class SubspaceIteration {

    static final int MAX_ITERATIONS = 50;
    private static final int PANEL = 64;
    /**
     * Stop once an iteration adds less than this fraction to the variance the leading k vectors
     * capture: the subspace is then as good as it gets for projecting, even where nearly equal
     * eigenvalues (noise) keep the individual vectors turning within it.
     */
    static final double TOLERANCE = 1e-5;

    private SubspaceIteration() {}

    /** Result: {@code vectors[c]} (unit length, length d) with eigenvalue {@code values[c]}, descending. */
    record Eigenpairs(float[][] vectors, double[] values, int iterations) {}

    static Eigenpairs leading(float[][] matrix, int k, long seed) {
        int d = matrix.length;
        int size = Math.min(d, k + Math.max(10, k / 4));
        SplittableRandom random = new SplittableRandom(seed);
        float[][] block = new float[size][d];
        for (float[] vector : block) {
            for (int j = 0; j < d; j++) {
                vector[j] = (float) random.nextGaussian();
            }
        }
        orthonormalise(block, random);
        double previous = 0;
        int iterations = 0;
        while (iterations < MAX_ITERATIONS) {
            float[][] image = multiply(matrix, block);
            iterations++;
            double captured = 0; // the variance the leading k vectors of the block capture
            for (int c = 0; c < k; c++) {
                captured += dot(block[c], image[c]);
            }
            block = image;
            orthonormalise(block, random);
            if (Math.abs(captured - previous) <= TOLERANCE * Math.abs(captured)) {
                break;
            }
            previous = captured;
        }

        // Rayleigh-Ritz: the eigenvectors of the matrix restricted to the block.
        float[][] image = multiply(matrix, block);
        double[][] projected = new double[size][size];
        for (int i = 0; i < size; i++) {
            for (int j = i; j < size; j++) {
                double value = (dot(block[i], image[j]) + dot(block[j], image[i])) / 2;
                projected[i][j] = value;
                projected[j][i] = value;
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(projected);
        float[][] vectors = new float[k][d];
        double[] values = new double[k];
        for (int c = 0; c < k; c++) {
            double[] combined = new double[d];
            for (int i = 0; i < size; i++) {
                double weight = eigen.vectors[i][c];
                float[] basis = block[i];
                for (int j = 0; j < d; j++) {
                    combined[j] += weight * basis[j];
                }
            }
            int largestEntry = 0;
            double norm = 0;
            for (int j = 0; j < d; j++) {
                norm += combined[j] * combined[j];
                if (Math.abs(combined[j]) > Math.abs(combined[largestEntry])) {
                    largestEntry = j;
                }
            }
            // unit length, and a fixed sign: the largest entry is positive
            double scale = (combined[largestEntry] < 0 ? -1 : 1) / Math.sqrt(norm);
            for (int j = 0; j < d; j++) {
                vectors[c][j] = (float) (combined[j] * scale);
            }
            values[c] = Math.max(0, eigen.values[c]);
        }
        return new Eigenpairs(vectors, values, iterations);
    }

    /**
     * {@code matrix · block[c]} for every vector of the block; the matrix is symmetric, so its rows
     * are its columns. Each core takes a share of the vectors, four at a time, and walks the matrix
     * in panels of {@value #PANEL} rows: a panel stays in L2 while it meets all of the core's
     * vectors, the four result rows being written stay in L1 while they meet the panel.
     */
    static float[][] multiply(float[][] matrix, float[][] block) {
        int d = matrix.length;
        int size = block.length;
        float[][] result = new float[size][d];
        int groups = (size + 3) / 4;
        int tasks = Math.max(1, Math.min(groups, Runtime.getRuntime().availableProcessors()));
        IntStream.range(0, tasks).parallel().forEach(task -> {
            int firstGroup = groups * task / tasks;
            int endGroup = groups * (task + 1) / tasks;
            for (int panel = 0; panel < d; panel += PANEL) {
                int panelEnd = Math.min(d, panel + PANEL);
                for (int group = firstGroup; group < endGroup; group++) {
                    int from = group * 4;
                    if (from + 4 <= size) {
                        multiplyFour(matrix, block, result, from, panel, panelEnd);
                    } else {
                        for (int c = from; c < size; c++) {
                            float[] q = block[c];
                            float[] z = result[c];
                            for (int b = panel; b < panelEnd; b++) {
                                float[] column = matrix[b];
                                float s = q[b];
                                for (int a = 0; a < d; a++) {
                                    z[a] += s * column[a];
                                }
                            }
                        }
                    }
                }
            }
        });
        return result;
    }

    private static void multiplyFour(
            float[][] matrix, float[][] block, float[][] result, int from, int panel, int panelEnd) {
        int d = matrix.length;
        float[] q0 = block[from];
        float[] q1 = block[from + 1];
        float[] q2 = block[from + 2];
        float[] q3 = block[from + 3];
        float[] z0 = result[from];
        float[] z1 = result[from + 1];
        float[] z2 = result[from + 2];
        float[] z3 = result[from + 3];
        for (int b = panel; b < panelEnd; b++) {
            float[] column = matrix[b];
            float s0 = q0[b];
            float s1 = q1[b];
            float s2 = q2[b];
            float s3 = q3[b];
            for (int a = 0; a < d; a++) {
                float value = column[a];
                z0[a] += s0 * value;
                z1[a] += s1 * value;
                z2[a] += s2 * value;
                z3[a] += s3 * value;
            }
        }
    }

    /**
     * Modified Gram-Schmidt, with a second pass for a vector that lost most of its length in the
     * first (Kahan-Parlett: "twice is enough"). A vector that vanishes (the matrix has lower rank
     * than the block) is replaced by a random one.
     */
    static void orthonormalise(float[][] block, SplittableRandom random) {
        int d = block[0].length;
        for (int c = 0; c < block.length; c++) {
            float[] v = block[c];
            double before = Math.sqrt(dot(v, v));
            for (int attempt = 0; ; attempt++) {
                double norm = before;
                for (int pass = 0; pass < 3; pass++) {
                    for (int p = 0; p < c; p++) {
                        float[] q = block[p];
                        float projection = (float) dot(v, q);
                        for (int j = 0; j < d; j++) {
                            v[j] -= projection * q[j];
                        }
                    }
                    double after = Math.sqrt(dot(v, v));
                    boolean enough = after > 0.5 * norm;
                    norm = after;
                    if (enough) {
                        break;
                    }
                }
                if (norm > 1e-6 * before && norm > 0) {
                    float inverse = (float) (1 / norm);
                    for (int j = 0; j < d; j++) {
                        v[j] *= inverse;
                    }
                    break;
                }
                if (attempt > 10) {
                    throw new IllegalStateException("Could not complete an orthonormal basis");
                }
                for (int j = 0; j < d; j++) { // lost to rounding or rank: start over from a random direction
                    v[j] = (float) random.nextGaussian();
                }
                before = Math.sqrt(dot(v, v));
            }
        }
    }

    static double dot(float[] a, float[] b) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int n = a.length;
        int j = 0;
        for (; j + 4 <= n; j += 4) {
            s0 += a[j] * b[j];
            s1 += a[j + 1] * b[j + 1];
            s2 += a[j + 2] * b[j + 2];
            s3 += a[j + 3] * b[j + 3];
        }
        for (; j < n; j++) {
            s0 += a[j] * b[j];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
