package org.taxonomist.models.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FoldsTest {

    /** Independent terms of very different frequencies, some assets with no term at all. */
    private static boolean[][] labels(int n, double[] prevalence, long seed) {
        Random random = new Random(seed);
        boolean[][] labels = new boolean[n][prevalence.length];
        for (boolean[] row : labels) {
            for (int t = 0; t < prevalence.length; t++) {
                row[t] = random.nextDouble() < prevalence[t];
            }
        }
        return labels;
    }

    private static int[][] positivesPerFold(boolean[][] labels, int[] folds, int k) {
        int[][] counts = new int[labels[0].length][k];
        for (int i = 0; i < labels.length; i++) {
            for (int t = 0; t < labels[i].length; t++) {
                if (labels[i][t]) {
                    counts[t][folds[i]]++;
                }
            }
        }
        return counts;
    }

    @Test
    void dealsOutEachTermEvenlyWhenTheTermsDoNotOverlap() {
        // one term per asset (or none): an even split within ±1 is always possible, and is what we get
        int n = 997;
        int terms = 6;
        boolean[][] labels = new boolean[n][terms];
        Random random = new Random(3);
        for (boolean[] row : labels) {
            int t = random.nextInt(terms + 2) - 2; // about a quarter without a term
            if (t >= 0 && (t != 0 || random.nextInt(20) == 0)) { // term 0 is rare
                row[t] = true;
            }
        }
        int k = 5;
        int[] folds = Folds.stratified(labels, k, 11L);
        int[][] counts = positivesPerFold(labels, folds, k);
        for (int t = 0; t < terms; t++) {
            int total = Arrays.stream(counts[t]).sum();
            for (int f = 0; f < k; f++) {
                assertTrue(
                        Math.abs(counts[t][f] - total / (double) k) < 1,
                        "term " + t + ": " + Arrays.toString(counts[t]));
            }
        }
        assertFoldSizesEven(folds, k);
    }

    @Test
    void keepsOverlappingTermsWithinOneOfEven() {
        double[] prevalence = {0.003, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5};
        for (long seed = 1; seed <= 4; seed++) {
            boolean[][] labels = labels(2000, prevalence, seed);
            int k = 5;
            int[] folds = Folds.stratified(labels, k, seed);
            int[][] counts = positivesPerFold(labels, folds, k);
            for (int t = 0; t < prevalence.length; t++) {
                int total = Arrays.stream(counts[t]).sum();
                for (int f = 0; f < k; f++) {
                    assertTrue(
                            Math.abs(counts[t][f] - total / (double) k) < 1,
                            "seed " + seed + ", term " + t + ": " + Arrays.toString(counts[t]));
                }
            }
            assertFoldSizesEven(folds, k);
        }
    }

    @Test
    void spreadsUnlabelledAssetsEvenly() {
        boolean[][] labels = new boolean[103][2];
        int[] folds = Folds.stratified(labels, 4, 1L);
        assertFoldSizesEven(folds, 4);
        assertEquals(4, Folds.count(folds));
    }

    @Test
    void isDeterministicForASeed() {
        boolean[][] labels = labels(500, new double[] {0.05, 0.2, 0.4}, 9);
        assertArrayEquals(Folds.stratified(labels, 5, 42L), Folds.stratified(labels, 5, 42L));
        assertFalse(Arrays.equals(Folds.stratified(labels, 5, 42L), Folds.stratified(labels, 5, 43L)));
    }

    @Test
    void splitsIntoHeldOutAndTrainingParts() {
        int[] folds = {0, 1, 2, 0, 1, 2, 0};
        assertArrayEquals(new int[] {0, 3, 6}, Folds.inFold(folds, 0));
        assertArrayEquals(new int[] {1, 2, 4, 5}, Folds.outsideFold(folds, 0));
        assertEquals(3, Folds.count(folds));
        assertEquals(0, Folds.stratified(new boolean[0][], 5, 1L).length);
        assertThrows(IllegalArgumentException.class, () -> Folds.stratified(new boolean[3][1], 1, 1L));
        assertThrows(
                IllegalArgumentException.class, () -> Folds.stratified(new boolean[][] {{true}, {true, false}}, 2, 1L));
    }

    private static void assertFoldSizesEven(int[] folds, int k) {
        int[] sizes = new int[k];
        for (int f : folds) {
            sizes[f]++;
        }
        int min = Arrays.stream(sizes).min().orElseThrow();
        int max = Arrays.stream(sizes).max().orElseThrow();
        assertTrue(max - min <= 1, "fold sizes " + Arrays.toString(sizes));
    }
}
