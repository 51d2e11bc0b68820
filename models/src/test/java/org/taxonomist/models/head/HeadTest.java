package org.taxonomist.models.head;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HeadTest {

    /**
     * Embedding-like data: 1344 correlated features driven by 16 latent factors plus noise (as real
     * embeddings spread each concept over many channels), unscaled and offset; each of the terms is a
     * linear rule on the latent factors, so the problem is linearly separable up to the noise.
     */
    private record Problem(float[][] x, boolean[][] y, List<String> terms) {
    }

    private static Problem problem(int n, int d, int k, long seed) {
        int factors = 16;
        Random rules = new Random(99); // the same mixing and rules for training and test sets
        float[][] mixing = new float[d][factors];
        for (float[] row : mixing) {
            for (int f = 0; f < factors; f++) {
                row[f] = (float) rules.nextGaussian();
            }
        }
        double[][] rule = new double[k][factors];
        for (double[] r : rule) {
            for (int f = 0; f < factors; f++) {
                r[f] = rules.nextGaussian();
            }
        }
        Random random = new Random(seed);
        float[][] x = new float[n][d];
        boolean[][] y = new boolean[n][k];
        double[] z = new double[factors];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < factors; f++) {
                z[f] = random.nextGaussian();
            }
            for (int j = 0; j < d; j++) {
                double v = 0;
                for (int f = 0; f < factors; f++) {
                    v += mixing[j][f] * z[f];
                }
                x[i][j] = (float) (0.01 * (v + 2 * random.nextGaussian()) + 0.02 * (j % 7));
            }
            for (int t = 0; t < k; t++) {
                double score = 0;
                for (int f = 0; f < factors; f++) {
                    score += rule[t][f] * z[f];
                }
                y[i][t] = score > 0;
            }
        }
        List<String> terms = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            terms.add("term-" + t);
        }
        return new Problem(x, y, terms);
    }

    @Test
    void learnsASeparableProblemQuickly() {
        Problem train = problem(2000, 1344, 20, 1);
        Problem test = problem(1000, 1344, 20, 2);

        long started = System.nanoTime();
        Head head = Head.train(train.x, train.y, train.terms, HeadSettings.defaults());
        double seconds = (System.nanoTime() - started) / 1e9;

        int correct = 0;
        for (int i = 0; i < test.x.length; i++) {
            float[] p = head.predict(test.x[i]);
            for (int t = 0; t < p.length; t++) {
                if ((p[t] > 0.5f) == test.y[i][t]) {
                    correct++;
                }
            }
        }
        double accuracy = correct / (double) (test.x.length * 20);
        System.out.printf("Head: 2000 x 1344 x 20 terms trained in %.2f s; held-out accuracy %.4f%n", seconds, accuracy);
        assertTrue(accuracy > 0.95, "accuracy " + accuracy);
        assertTrue(seconds < 10, "training took " + seconds + " s");
        assertEquals(train.terms, head.terms());
        assertEquals(1344, head.dimension());
    }

    @Test
    void isDeterministic() {
        Problem p = problem(300, 64, 3, 3);
        byte[] first = Head.train(p.x, p.y, p.terms, HeadSettings.defaults()).toBytes();
        byte[] second = Head.train(p.x, p.y, p.terms, HeadSettings.defaults()).toBytes();
        assertArrayEquals(first, second);
    }

    @Test
    void roundTripsThroughBytesExactly() {
        Problem p = problem(300, 64, 3, 4);
        Head head = Head.train(p.x, p.y, p.terms, new HeadSettings(1e-2, 5, 0.05));
        byte[] bytes = head.toBytes();
        Head copy = Head.fromBytes(bytes);
        assertEquals(head.terms(), copy.terms());
        assertArrayEquals(bytes, copy.toBytes());
        for (float[] row : p.x) {
            assertArrayEquals(head.predict(row), copy.predict(row));
        }
    }

    @Test
    void rejectsForeignAndTruncatedBytes() {
        Problem p = problem(50, 8, 2, 5);
        byte[] bytes = Head.train(p.x, p.y, p.terms, HeadSettings.defaults()).toBytes();
        assertThrows(IllegalArgumentException.class, () -> Head.fromBytes(Arrays.copyOf(bytes, bytes.length - 3)));
        assertThrows(IllegalArgumentException.class, () -> Head.fromBytes("not a head".getBytes()));
        byte[] future = bytes.clone();
        future[7] = 99; // format version
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Head.fromBytes(future));
        assertTrue(e.getMessage().contains("version 99"), e.getMessage());
    }

    @Test
    void ignoresConstantFeaturesAndChecksShapes() {
        float[][] x = {{1, 5}, {2, 5}, {3, 5}, {4, 5}};
        boolean[][] y = {{false}, {false}, {true}, {true}};
        Head head = Head.train(x, y, List.of("big"), HeadSettings.defaults());
        assertTrue(head.predict(new float[] {4, 5})[0] > 0.5f);
        assertTrue(head.predict(new float[] {1, 123})[0] < 0.5f); // the constant feature has no weight
        assertThrows(IllegalArgumentException.class, () -> head.predict(new float[3]));
        assertThrows(IllegalArgumentException.class, () -> Head.train(x, new boolean[3][1], List.of("big"), HeadSettings.defaults()));
    }
}
