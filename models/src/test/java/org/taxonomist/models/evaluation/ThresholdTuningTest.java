package org.taxonomist.models.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ThresholdTuningTest {

    // + - + - + - : F1 is best at 0.5 (tp 3, fp 2: 0.75), F0.5 at 0.9 (tp 1: 0.714)
    private static final float[] P = {0.9f, 0.8f, 0.7f, 0.6f, 0.5f, 0.4f};
    private static final boolean[] Y = {true, false, true, false, true, false};

    @Test
    void findsTheBestCutForEachBeta() {
        assertEquals(0.5f, ThresholdTuning.tuneTerm(P, Y, 1.0, 0.4f, 1));
        assertEquals(0.9f, ThresholdTuning.tuneTerm(P, Y, 0.5, 0.4f, 1));
        assertEquals(0.5f, ThresholdTuning.tuneTerm(P, Y, 2.0, 0.4f, 1));
    }

    @Test
    void tunesEveryColumnAndFallsBackForRareTerms() {
        float[][] probabilities = new float[P.length][3];
        boolean[][] truth = new boolean[P.length][3];
        for (int i = 0; i < P.length; i++) {
            probabilities[i] = new float[] {P[i], P[i], P[i]};
            truth[i] = new boolean[] {Y[i], i == 0, false}; // term 1 has 1 positive, term 2 none
        }
        assertArrayEquals(new float[] {0.5f, 0.4f, 0.4f}, ThresholdTuning.tune(probabilities, truth, 1.0, 0.4f, 2));
        assertArrayEquals(new float[] {0.5f, 0.9f, 0.25f}, ThresholdTuning.tune(probabilities, truth, 1.0, 0.25f, 1));
    }

    @Test
    void treatsEqualProbabilitiesAsOneCut() {
        // at 0.7 the term goes to all three 0.7s at once: tp 1, fp 2, fn 1 (0.4); at 0.2: tp 2, fp 2 (0.667)
        float[] p = {0.7f, 0.7f, 0.7f, 0.2f};
        boolean[] y = {true, false, false, true};
        assertEquals(0.2f, ThresholdTuning.tuneTerm(p, y, 1.0, 0.4f, 1));
    }

    @Test
    void prefersTheHigherCutOnATie() {
        // at 0.8: tp 2, fn 2 -> 4/6; at 0.2: tp 4, fp 4 -> 8/12; the same F1
        float[] p = {0.9f, 0.8f, 0.7f, 0.6f, 0.5f, 0.4f, 0.3f, 0.2f};
        boolean[] y = {true, true, false, false, false, false, true, true};
        assertEquals(0.8f, ThresholdTuning.tuneTerm(p, y, 1.0, 0.4f, 1));
    }

    @Test
    void skipsAssetsWithoutAPrediction() {
        float[] p = {Float.NaN, 0.6f, 0.3f, Float.NaN};
        boolean[] y = {true, true, false, true};
        assertEquals(0.6f, ThresholdTuning.tuneTerm(p, y, 1.0, 0.4f, 1));
        assertEquals(0.4f, ThresholdTuning.tuneTerm(p, y, 1.0, 0.4f, 2)); // only one positive has a prediction
    }

    @Test
    void agreesWithExhaustiveSearch() {
        Random random = new Random(17);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(40);
            float[] p = new float[n];
            boolean[] y = new boolean[n];
            for (int i = 0; i < n; i++) {
                p[i] = random.nextInt(12) / 11f; // many ties
                y[i] = random.nextDouble() < p[i] * 0.8 + 0.1;
            }
            double beta = 0.5 + random.nextInt(3) * 0.5;
            assertEquals(exhaustive(p, y, beta, 0.4f), ThresholdTuning.tuneTerm(p, y, beta, 0.4f, 1), "round " + round);
        }
    }

    private static float exhaustive(float[] p, boolean[] y, double beta, float fallback) {
        TreeSet<Float> candidates = new TreeSet<>();
        int positives = 0;
        for (int i = 0; i < p.length; i++) {
            candidates.add(p[i]);
            positives += y[i] ? 1 : 0;
        }
        if (positives == 0) {
            return fallback;
        }
        float best = fallback;
        double bestScore = -1;
        for (float t : candidates.descendingSet()) {
            int tp = 0;
            int fp = 0;
            for (int i = 0; i < p.length; i++) {
                if (p[i] >= t) {
                    tp += y[i] ? 1 : 0;
                    fp += y[i] ? 0 : 1;
                }
            }
            double score = Metrics.fBeta(tp, fp, positives - tp, beta);
            if (score > bestScore) {
                bestScore = score;
                best = t;
            }
        }
        return best;
    }

    @Test
    void drawsTheCurve() {
        float[] p = {0.9f, 0.6f, 0.4f};
        boolean[] y = {true, false, true};
        double[][] curve = ThresholdTuning.curve(p, y, 1.0, 3);
        assertEquals(3, curve.length);
        assertArrayEquals(new double[] {0.0, 0.8}, curve[0], 1e-12); // all three: tp 2, fp 1
        assertArrayEquals(new double[] {0.5, 0.5}, curve[1], 1e-12); // 0.9 and 0.6: tp 1, fp 1, fn 1
        assertArrayEquals(new double[] {1.0, 0.0}, curve[2], 1e-12); // none
        assertThrows(IllegalArgumentException.class, () -> ThresholdTuning.curve(p, y, 1.0, 1));
    }

    @Test
    void tunesFiftyThousandAssetsAndAHundredTermsQuickly() {
        int n = 50_000;
        int terms = 100;
        Random random = new Random(1);
        float[][] probabilities = new float[n][terms];
        boolean[][] truth = new boolean[n][terms];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < terms; t++) {
                boolean positive = random.nextDouble() < 0.05;
                truth[i][t] = positive;
                probabilities[i][t] =
                        (float) Math.min(1, Math.max(0, random.nextGaussian() * 0.2 + (positive ? 0.6 : 0.3)));
            }
        }
        ThresholdTuning.tune(probabilities, truth, 1.0, 0.4f, 5); // warm-up
        long started = System.nanoTime();
        float[] thresholds = ThresholdTuning.tune(probabilities, truth, 1.0, 0.4f, 5);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("ThresholdTuning.tune: %d assets x %d terms in %.3f s%n", n, terms, seconds);
        for (float t : thresholds) {
            assertTrue(t > 0.4f && t < 0.8f, "threshold " + t);
        }
    }
}
