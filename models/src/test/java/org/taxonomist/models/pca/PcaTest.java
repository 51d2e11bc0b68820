package org.taxonomist.models.pca;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

class PcaTest {

    /** x = offset + axes · (sigma ∘ z), z standard normal: the principal axes are the columns of {@code axes}. */
    private static float[][] sample(int n, double[][] axes, double[] sigma, double offset, long seed) {
        Random random = new Random(seed);
        int d = axes.length;
        float[][] x = new float[n][d];
        for (float[] row : x) {
            double[] z = new double[sigma.length];
            for (int c = 0; c < sigma.length; c++) {
                z[c] = sigma[c] * random.nextGaussian();
            }
            for (int j = 0; j < d; j++) {
                double v = offset + j;
                for (int c = 0; c < sigma.length; c++) {
                    v += axes[j][c] * z[c];
                }
                row[j] = (float) v;
            }
        }
        return x;
    }

    /** A random orthonormal d × d matrix (Gram-Schmidt of a Gaussian one), columns are the axes. */
    private static double[][] rotation(int d, long seed) {
        Random random = new Random(seed);
        double[][] columns = new double[d][d];
        for (int c = 0; c < d; c++) {
            double[] v = columns[c];
            for (int j = 0; j < d; j++) {
                v[j] = random.nextGaussian();
            }
            for (int p = 0; p < c; p++) {
                double dot = 0;
                for (int j = 0; j < d; j++) {
                    dot += v[j] * columns[p][j];
                }
                for (int j = 0; j < d; j++) {
                    v[j] -= dot * columns[p][j];
                }
            }
            double norm = Math.sqrt(Arrays.stream(v).map(a -> a * a).sum());
            for (int j = 0; j < d; j++) {
                v[j] /= norm;
            }
        }
        double[][] axes = new double[d][d];
        for (int j = 0; j < d; j++) {
            for (int c = 0; c < d; c++) {
                axes[j][c] = columns[c][j];
            }
        }
        return axes;
    }

    @Test
    void findsKnownPrincipalAxes() {
        double[][] axes = rotation(3, 1);
        double[] sigma = {3, 1, 0.3};
        float[][] x = sample(20_000, axes, sigma, 10, 2);
        Pca pca = Pca.fit(x, 2, 7L);
        assertEquals(3, pca.dimension());
        assertEquals(2, pca.components());
        for (int c = 0; c < 2; c++) {
            float[] component = pca.component(c);
            double dot = 0;
            for (int j = 0; j < 3; j++) {
                dot += component[j] * axes[j][c];
            }
            assertTrue(Math.abs(dot) > 0.999, "component " + c + " vs axis: " + dot);
            assertEquals(sigma[c] * sigma[c], pca.componentVariances()[c], 0.04 * sigma[c] * sigma[c]);
        }
        assertEquals((9 + 1) / (9 + 1 + 0.09), pca.explainedVariance(), 0.003);
        assertArrayEquals(new float[] {10, 11, 12}, pca.mean(), 0.1f);
    }

    @Test
    void givesOrthonormalEigenvectorsOfTheCovariance() {
        int d = 120;
        int k = 15;
        double[] sigma = new double[40];
        for (int c = 0; c < sigma.length; c++) {
            sigma[c] = 10 * Math.pow(0.85, c);
        }
        double[][] axes = rotation(d, 3);
        float[][] x = sample(3000, axes, sigma, 0.5, 4);
        // add a little isotropic noise so that the covariance has full rank
        Random random = new Random(5);
        for (float[] row : x) {
            for (int j = 0; j < d; j++) {
                row[j] += (float) (0.05 * random.nextGaussian());
            }
        }
        Pca pca = Pca.fit(x, k, 11L);
        double[][] covariance = covariance(x);
        double[] variances = pca.componentVariances();
        for (int a = 0; a < k; a++) {
            float[] u = pca.component(a);
            for (int b = 0; b < k; b++) {
                float[] v = pca.component(b);
                double dot = 0;
                for (int j = 0; j < d; j++) {
                    dot += u[j] * v[j];
                }
                assertEquals(a == b ? 1 : 0, dot, 1e-5, "dot of components " + a + " and " + b);
            }
            // C u = λ u
            double residual = 0;
            for (int i = 0; i < d; i++) {
                double cu = 0;
                for (int j = 0; j < d; j++) {
                    cu += covariance[i][j] * u[j];
                }
                residual += (cu - variances[a] * u[i]) * (cu - variances[a] * u[i]);
            }
            assertTrue(
                    Math.sqrt(residual) < 1e-3 * variances[0],
                    "residual of component " + a + ": " + Math.sqrt(residual));
            if (a > 0) {
                assertTrue(variances[a] <= variances[a - 1]);
            }
        }
        double trace = 0;
        for (int j = 0; j < d; j++) {
            trace += covariance[j][j];
        }
        assertEquals(Arrays.stream(variances).sum() / trace, pca.explainedVariance(), 1e-4);
        assertEquals(largestEigenvalue(covariance), variances[0], 1e-4 * variances[0]);
    }

    @Test
    void projectsCentredData() {
        float[][] x = sample(500, rotation(6, 8), new double[] {2, 1, 0.5}, 3, 9);
        Pca pca = Pca.fit(x, 3, 1L);
        assertArrayEquals(new float[3], pca.project(pca.mean()), 1e-5f);
        float[][] all = pca.projectAll(x);
        for (int i = 0; i < x.length; i += 50) {
            assertArrayEquals(pca.project(x[i]), all[i]);
        }
        // the projected data has the component variances
        for (int c = 0; c < 3; c++) {
            double sum = 0;
            for (float[] row : all) {
                sum += row[c] * row[c];
            }
            assertEquals(pca.componentVariances()[c], sum / (x.length - 1), 1e-3 * pca.componentVariances()[c]);
        }
        assertThrows(IllegalArgumentException.class, () -> pca.project(new float[5]));
    }

    @Test
    void copesWithRankDeficientAndConstantData() {
        float[][] few = sample(4, rotation(10, 2), new double[] {1, 1, 1, 1, 1}, 0, 3);
        Pca pca = Pca.fit(few, 8, 2L);
        double[] variances = pca.componentVariances();
        for (int c = 3; c < 8; c++) {
            assertEquals(0, variances[c], 1e-4, "4 points span 3 dimensions"); // float rounding only
        }
        for (int a = 0; a < 8; a++) {
            double norm = 0;
            for (float v : pca.component(a)) {
                norm += v * v;
            }
            assertEquals(1, norm, 1e-5);
        }
        float[][] constant = new float[10][4];
        for (float[] row : constant) {
            Arrays.fill(row, 2f);
        }
        Pca flat = Pca.fit(constant, 2, 1L);
        assertEquals(0, flat.explainedVariance());
        assertArrayEquals(new float[2], flat.project(constant[0]));
    }

    @Test
    void isDeterministicAndRoundTripsThroughBytes() {
        float[][] x = sample(800, rotation(30, 4), new double[] {5, 3, 2, 1}, 1, 5);
        byte[] bytes = Pca.fit(x, 4, 3L).toBytes();
        assertArrayEquals(bytes, Pca.fit(x, 4, 3L).toBytes());
        Pca copy = Pca.fromBytes(bytes);
        assertArrayEquals(bytes, copy.toBytes());
        assertArrayEquals(Pca.fit(x, 4, 3L).project(x[0]), copy.project(x[0]));
        assertThrows(IllegalArgumentException.class, () -> Pca.fromBytes(Arrays.copyOf(bytes, bytes.length - 1)));
        assertThrows(IllegalArgumentException.class, () -> Pca.fromBytes("not a pca".getBytes()));
        byte[] future = bytes.clone();
        future[7] = 9;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pca.fromBytes(future));
        assertTrue(e.getMessage().contains("version 9"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Pca.fit(x, 31, 1L));
        assertThrows(IllegalArgumentException.class, () -> Pca.fit(new float[1][3], 1, 1L));
    }

    @Test
    void reducesEmbeddingSizedDataQuickly() {
        float[][] x = embeddingLike(2_000, 1344, 6);
        long started = System.nanoTime();
        Pca pca = Pca.fit(x, 100, 1L);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "Pca.fit: 2000 x 1344 -> 100 in %.2f s, explained variance %.3f%n", seconds, pca.explainedVariance());
        assertTrue(pca.explainedVariance() > 0.75, "explained " + pca.explainedVariance());
    }

    /** {@code mvn ... -Dtaxonomist.benchmarks=true}: the sizes of a real collection. */
    @Test
    @EnabledIfSystemProperty(named = "taxonomist.benchmarks", matches = "true")
    void benchmarkFiftyThousandEmbeddings() {
        for (String kind : new String[] {"random", "embedding-like"}) {
            float[][] x = kind.equals("random") ? random(50_000, 1344, 1) : embeddingLike(50_000, 1344, 2);
            long started = System.nanoTime();
            Pca pca = Pca.fit(x, 100, 1L);
            double fit = (System.nanoTime() - started) / 1e9;
            started = System.nanoTime();
            pca.projectAll(x);
            double project = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    "Pca.fit: 50000 x 1344 (%s) -> 100 in %.2f s (explained variance %.3f); projectAll %.2f s; %d cores%n",
                    kind,
                    fit,
                    pca.explainedVariance(),
                    project,
                    Runtime.getRuntime().availableProcessors());
        }
    }

    private static float[][] random(int n, int d, long seed) {
        Random random = new Random(seed);
        float[][] x = new float[n][d];
        for (float[] row : x) {
            for (int j = 0; j < d; j++) {
                row[j] = random.nextFloat();
            }
        }
        return x;
    }

    /** Correlated, non-negative features driven by 64 latent factors with decaying strength, plus noise. */
    private static float[][] embeddingLike(int n, int d, long seed) {
        int factors = 64;
        Random random = new Random(seed);
        float[][] mixing = new float[factors][d];
        for (int f = 0; f < factors; f++) {
            double strength = Math.pow(0.95, f);
            for (int j = 0; j < d; j++) {
                mixing[f][j] = (float) (strength * random.nextGaussian());
            }
        }
        float[][] x = new float[n][d];
        for (float[] row : x) {
            for (int f = 0; f < factors; f++) {
                float z = (float) random.nextGaussian();
                float[] m = mixing[f];
                for (int j = 0; j < d; j++) {
                    row[j] += z * m[j];
                }
            }
            for (int j = 0; j < d; j++) {
                row[j] = Math.max(0, row[j] + 0.3f * (float) random.nextGaussian());
            }
        }
        return x;
    }

    private static double[][] covariance(float[][] x) {
        int d = x[0].length;
        double[] mean = new double[d];
        for (float[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / (double) x.length;
            }
        }
        double[][] c = new double[d][d];
        for (float[] row : x) {
            for (int a = 0; a < d; a++) {
                double va = row[a] - mean[a];
                for (int b = 0; b < d; b++) {
                    c[a][b] += va * (row[b] - mean[b]);
                }
            }
        }
        for (double[] r : c) {
            for (int b = 0; b < d; b++) {
                r[b] /= x.length - 1;
            }
        }
        return c;
    }

    private static double largestEigenvalue(double[][] c) {
        int d = c.length;
        double[] v = new double[d];
        Arrays.fill(v, 1);
        double lambda = 0;
        for (int iteration = 0; iteration < 2000; iteration++) {
            double[] w = new double[d];
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    w[i] += c[i][j] * v[j];
                }
            }
            double norm = Math.sqrt(Arrays.stream(w).map(a -> a * a).sum());
            for (int i = 0; i < d; i++) {
                v[i] = w[i] / norm;
            }
            lambda = norm;
        }
        return lambda;
    }
}
