package org.taxonomist.models.head;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.taxonomist.models.head.recipe.DenseLayer;
import org.taxonomist.models.head.recipe.HeadRecipe;
import org.taxonomist.models.head.recipe.HeadSettings;
import org.taxonomist.models.head.recipe.LogisticHead;

class HeadTest {

    private record Problem(float[][] x, boolean[][] y, List<String> terms) {}

    /**
     * Embedding-like data: d correlated features driven by 16 latent factors plus noise (as real
     * embeddings spread each concept over many channels), unscaled and offset; each term is a
     * linear rule on the latent factors, so the problem is linearly separable up to the noise.
     */
    private static Problem linear(int n, int d, int k, long seed) {
        int factors = 16;
        Random rules = new Random(99); // the same mixing and rules for training and test sets
        float[][] mixing = gaussian(rules, d, factors);
        float[][] rule = gaussian(rules, k, factors);
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
        return new Problem(x, y, terms(k));
    }

    /**
     * Not linearly separable: four latent factors a, b, c, e, mixed into 32 noisy features. Terms:
     * "a xor b" (same sign), "c xor e", and "ring" (a² + b² above its median). A linear model scores
     * about 0.5 on each.
     */
    private static Problem nonLinear(int n, long seed) {
        int d = 32;
        float[][] mixing = gaussian(new Random(7), d, 4);
        Random random = new Random(seed);
        float[][] x = new float[n][d];
        boolean[][] y = new boolean[n][3];
        double[] z = new double[4];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < 4; f++) {
                z[f] = random.nextGaussian();
            }
            for (int j = 0; j < d; j++) {
                double v = 0;
                for (int f = 0; f < 4; f++) {
                    v += mixing[j][f] * z[f];
                }
                x[i][j] = (float) (v + 0.1 * random.nextGaussian());
            }
            y[i][0] = z[0] * z[1] > 0;
            y[i][1] = z[2] * z[3] > 0;
            y[i][2] = z[0] * z[0] + z[1] * z[1] > 1.386; // median of a chi-square with 2 degrees of freedom
        }
        return new Problem(x, y, List.of("a-xor-b", "c-xor-e", "ring"));
    }

    private static float[][] gaussian(Random random, int rows, int columns) {
        float[][] m = new float[rows][columns];
        for (float[] row : m) {
            for (int c = 0; c < columns; c++) {
                row[c] = (float) random.nextGaussian();
            }
        }
        return m;
    }

    private static List<String> terms(int k) {
        List<String> terms = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            terms.add("term-" + t);
        }
        return terms;
    }

    private static double accuracy(Head head, Problem test) {
        int correct = 0;
        for (int i = 0; i < test.x.length; i++) {
            float[] p = head.predict(test.x[i]);
            for (int t = 0; t < p.length; t++) {
                if ((p[t] > 0.5f) == test.y[i][t]) {
                    correct++;
                }
            }
        }
        return correct / (double) (test.x.length * test.terms.size());
    }

    @Test
    void theMlpLearnsWhatLogisticRegressionCannot() {
        Problem train = nonLinear(3000, 1);
        Problem test = nonLinear(1000, 2);

        long started = System.nanoTime();
        Head mlp = Head.train(train.x, train.y, train.terms, HeadSettings.defaults());
        double seconds = (System.nanoTime() - started) / 1e9;
        Head logistic = Head.train(
                train.x, train.y, train.terms, HeadSettings.defaults().withHiddenLayers(List.of()));

        double mlpAccuracy = accuracy(mlp, test);
        double logisticAccuracy = accuracy(logistic, test);
        System.out.printf(
                "Non-linear problem (3000 x 32, 3 terms): MLP %.3f (trained in %.1f s), logistic regression %.3f%n",
                mlpAccuracy, seconds, logisticAccuracy);
        assertTrue(mlpAccuracy > 0.9, "MLP accuracy " + mlpAccuracy);
        assertTrue(logisticAccuracy < 0.7, "logistic accuracy " + logisticAccuracy);
        assertEquals(3, mlp.layers().size());
        assertEquals(
                List.of(32, 512, 512),
                mlp.layers().stream().map(DenseLayer::inputs).toList());
        assertEquals(1, logistic.layers().size());
    }

    @Test
    void learnsASeparableEmbeddingLikeProblem() {
        Problem train = linear(2000, 1344, 20, 1);
        Problem test = linear(1000, 1344, 20, 2);

        long started = System.nanoTime();
        Head head = Head.train(train.x, train.y, train.terms, HeadSettings.defaults());
        double seconds = (System.nanoTime() - started) / 1e9;

        double accuracy = accuracy(head, test);
        System.out.printf(
                "Head: 2000 x 1344 x 20 terms trained in %.2f s; held-out accuracy %.4f%n", seconds, accuracy);
        assertTrue(accuracy > 0.9, "accuracy " + accuracy); // no time limit: see the README on threads and shared cores
        assertEquals(train.terms, head.terms());
        assertEquals(1344, head.dimension());
    }

    @Test
    void aLogisticHeadFitsFewExamplesOfManyDimensionsBetterThanTheMlp() {
        // 30 assets a term in 1344 dimensions: what a small DAM field gives a head to learn from.
        Problem train = linear(120, 1344, 4, 3);
        Problem test = linear(1000, 1344, 4, 4);

        Head logistic = Head.train(train.x, train.y, train.terms, new LogisticHead(0.01));
        Head mlp = Head.train(train.x, train.y, train.terms, HeadSettings.defaults());

        double logisticAccuracy = accuracy(logistic, test);
        double mlpAccuracy = accuracy(mlp, test);
        System.out.printf(
                "120 x 1344, 4 terms: logistic C=0.01 %.3f, MLP 512-512 %.3f%n", logisticAccuracy, mlpAccuracy);
        assertTrue(logisticAccuracy > 0.8, "logistic accuracy " + logisticAccuracy);
        assertTrue(logisticAccuracy > mlpAccuracy, "logistic " + logisticAccuracy + " vs MLP " + mlpAccuracy);
        assertEquals(1, logistic.layers().size());
        Head copy = Head.fromBytes(logistic.toBytes());
        assertArrayEquals(logistic.predict(test.x[0]), copy.predict(test.x[0]));
        assertArrayEquals(logistic.predictAll(new float[][] {test.x[0]})[0], logistic.predict(test.x[0]), 1e-5f);
    }

    @Test
    void aTermEveryOrNoTrainingAssetHasGetsAConstantProbability() {
        Problem p = linear(50, 16, 1, 5);
        boolean[][] all = new boolean[50][];
        Arrays.setAll(all, i -> new boolean[] {true, false});
        Head head = Head.train(p.x, all, List.of("everywhere", "nowhere"), new LogisticHead(1));
        float[] probabilities = head.predict(p.x[7]);
        assertTrue(probabilities[0] > 0.999 && probabilities[1] < 0.001, Arrays.toString(probabilities));
    }

    @Test
    void recipesAreReadFromTheirWrittenForm() {
        assertEquals(new LogisticHead(0.1), HeadRecipe.parse("logistic:0.1"));
        assertEquals(HeadSettings.defaults(), HeadRecipe.parse("mlp"));
        assertEquals(List.of(256), ((HeadSettings) HeadRecipe.parse("mlp:256")).hiddenLayers());
        assertEquals("mlp 512-512", HeadSettings.defaults().label());
        assertEquals("logistic C=0.1", new LogisticHead(0.1).label());
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> HeadRecipe.parse("logistic:lots"));
        assertTrue(error.getMessage().contains("logistic:C"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HeadRecipe.parse("forest"));
        assertThrows(IllegalArgumentException.class, () -> new LogisticHead(0));
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() {
        Problem p = nonLinear(600, 3);
        HeadSettings settings = HeadSettings.defaults()
                .withHiddenLayers(List.of(64, 32))
                .withDropout(0.2)
                .withEpochs(5);
        byte[] first = Head.train(p.x, p.y, p.terms, settings).toBytes();
        byte[] second = Head.train(p.x, p.y, p.terms, settings).toBytes();
        byte[] otherSeed = Head.train(p.x, p.y, p.terms, settings.withSeed(43)).toBytes();
        assertArrayEquals(first, second);
        assertFalse(Arrays.equals(first, otherSeed));
    }

    @Test
    void roundTripsThroughBytesExactly() {
        Problem p = nonLinear(300, 4);
        Head head = Head.train(
                p.x,
                p.y,
                p.terms,
                HeadSettings.defaults().withHiddenLayers(List.of(16, 8)).withEpochs(3));
        byte[] bytes = head.toBytes();
        Head copy = Head.fromBytes(bytes);
        assertEquals(head.terms(), copy.terms());
        assertArrayEquals(bytes, copy.toBytes());
        for (float[] row : p.x) {
            assertArrayEquals(head.predict(row), copy.predict(row));
        }
    }

    /** Many rows at once (on the engine, in blocks) give what row by row gives. */
    @Test
    void predictsManyRowsAsOneByOne() {
        Problem p = nonLinear(5000, 4);
        Head head = Head.train(
                p.x,
                p.y,
                p.terms,
                HeadSettings.defaults().withHiddenLayers(List.of(16, 8)).withEpochs(2));
        float[][] all = head.predictAll(p.x);
        assertEquals(p.x.length, all.length);
        for (int i = 0; i < p.x.length; i++) {
            assertArrayEquals(head.predict(p.x[i]), all[i], 1e-5f);
        }
        assertEquals(0, head.predictAll(new float[0][]).length);
        assertThrows(IllegalArgumentException.class, () -> head.predictAll(new float[][] {new float[3]}));
    }

    /** Format version 1 (logistic regression, before heads had layers) is still read. */
    @Test
    void readsVersionOneHeads() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeInt(0x54584844);
            out.writeInt(1);
            out.writeInt(2);
            out.writeUTF("left");
            out.writeUTF("right");
            out.writeInt(2);
            for (float v :
                    new float[] {1, 0, 0.5f, 1, -2, 2, 3, -3, 0.5f, -0.5f}) { // mean, 1/std, weights [2][2], bias
                out.writeFloat(v);
            }
        }
        Head head = Head.fromBytes(buffer.toByteArray());
        assertEquals(List.of("left", "right"), head.terms());
        float[] p = head.predict(
                new float[] {3, 7}); // standardised: (1, 7); logits 0.5 - 2 + 21 = 19.5, -0.5 + 2 - 21 = -19.5
        assertEquals(Head.sigmoid(19.5), p[0], 1e-6);
        assertEquals(Head.sigmoid(-19.5), p[1], 1e-6);
        assertEquals(2, head.toBytes()[7]); // written back as version 2
        assertArrayEquals(p, Head.fromBytes(head.toBytes()).predict(new float[] {3, 7}));
    }

    @Test
    void rejectsForeignAndTruncatedBytes() {
        Problem p = nonLinear(50, 5);
        byte[] bytes = Head.train(
                        p.x,
                        p.y,
                        p.terms,
                        HeadSettings.defaults().withHiddenLayers(List.of(4)).withEpochs(1))
                .toBytes();
        assertThrows(IllegalArgumentException.class, () -> Head.fromBytes(Arrays.copyOf(bytes, bytes.length - 3)));
        assertThrows(IllegalArgumentException.class, () -> Head.fromBytes(Arrays.copyOf(bytes, 30)));
        assertThrows(IllegalArgumentException.class, () -> Head.fromBytes("not a head".getBytes()));
        assertThrows(IllegalArgumentException.class, () -> Head.fromBytes(new byte[3]));
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
        assertThrows(
                IllegalArgumentException.class,
                () -> Head.train(x, new boolean[3][1], List.of("big"), HeadSettings.defaults()));
        assertThrows(
                IllegalArgumentException.class, () -> HeadSettings.defaults().withHiddenLayers(List.of(0)));
        assertThrows(
                IllegalArgumentException.class, () -> HeadSettings.defaults().withDropout(1));
    }
}
