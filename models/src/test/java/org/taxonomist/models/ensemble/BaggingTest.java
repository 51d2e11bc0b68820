package org.taxonomist.models.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaggingTest {

    @Test
    void drawsDistinctAssetsWithoutReplacement() {
        List<BagSample> bags = Bagging.samples(101, 5, 0.75, 3L);
        assertEquals(5, bags.size());
        for (BagSample bag : bags) {
            assertEquals(76, bag.inBag().length); // round(75.75)
            assertEquals(25, bag.outOfBag().length);
            int[] all = new int[101];
            System.arraycopy(bag.inBag(), 0, all, 0, 76);
            System.arraycopy(bag.outOfBag(), 0, all, 76, 25);
            Arrays.sort(all);
            for (int i = 0; i < all.length; i++) {
                assertEquals(i, all[i]); // a partition: distinct, complete
            }
            assertTrue(isAscending(bag.inBag()) && isAscending(bag.outOfBag()));
        }
        assertNotEquals(bags.get(0), bags.get(1));
        assertEquals(bags, Bagging.samples(101, 5, 0.75, 3L));
        assertNotEquals(bags, Bagging.samples(101, 5, 0.75, 4L));
        assertEquals(Bagging.samples(101, 3L), bags);
    }

    @Test
    void leavesEveryAssetOutOfSomeBag() {
        for (int n : new int[] {7, 101, 1000}) {
            boolean[] heldOut = new boolean[n];
            for (BagSample bag : Bagging.samples(n, 5, 0.75, 11L)) {
                for (int i : bag.outOfBag()) {
                    heldOut[i] = true;
                }
            }
            for (int i = 0; i < n; i++) {
                assertTrue(heldOut[i], "asset " + i + " of " + n + " was in every bag");
            }
        }
    }

    @Test
    void givesEveryAssetAboutTheSameChance() {
        int n = 1000;
        int[] picked = new int[n];
        for (BagSample bag : Bagging.samples(n, 200, 0.75, 9L)) {
            for (int i : bag.inBag()) {
                picked[i]++;
            }
        }
        for (int count : picked) {
            assertTrue(count > 110 && count < 190, "picked " + count + " times of 200, expected about 150");
        }
    }

    @Test
    void averagesOnlyTheBagsThatDidNotTrainOnAnAsset() {
        // 4 assets, 3 bags; asset 3 is in every bag
        List<BagSample> bags = List.of(
                new BagSample(new int[] {1, 2, 3}, new int[] {0}),
                new BagSample(new int[] {0, 3}, new int[] {1, 2}),
                new BagSample(new int[] {0, 1, 3}, new int[] {2}));
        List<float[][]> predictions = List.of(
                new float[][] {{0.1f, 0.9f}, {0.2f, 0.8f}, {0.3f, 0.7f}, {0.4f, 0.6f}},
                new float[][] {{0.5f, 0.5f}, {0.6f, 0.4f}, {0.7f, 0.3f}, {0.8f, 0.2f}},
                new float[][] {{0.0f, 1.0f}, {0.0f, 1.0f}, {0.2f, 0.2f}, {0.0f, 1.0f}});
        float[][] heldOut = Bagging.outOfBag(bags, predictions);
        assertArrayEquals(new float[] {0.1f, 0.9f}, heldOut[0]); // bag 0 only
        assertArrayEquals(new float[] {0.6f, 0.4f}, heldOut[1]); // bag 1 only
        assertArrayEquals(new float[] {(0.7f + 0.2f) / 2, (0.3f + 0.2f) / 2}, heldOut[2]); // bags 1 and 2
        assertTrue(Float.isNaN(heldOut[3][0]) && Float.isNaN(heldOut[3][1])); // seen by every bag
    }

    @Test
    void averagesAllBagsForProduction() {
        float[][] mean = Bagging.mean(List.of(new float[][] {{0.2f, 1f}}, new float[][] {{0.4f, 0f}}));
        assertArrayEquals(new float[] {(0.2f + 0.4f) / 2, 0.5f}, mean[0]);
    }

    @Test
    void leavesNoAssetOutWhenEveryBagTakesAll() {
        List<BagSample> bags = Bagging.samples(3, 2, 1.0, 1L);
        float[][] heldOut = Bagging.outOfBag(bags, List.of(new float[3][1], new float[3][1]));
        for (float[] row : heldOut) {
            assertTrue(Float.isNaN(row[0]));
        }
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> Bagging.samples(10, 0, 0.5, 1L));
        assertThrows(IllegalArgumentException.class, () -> Bagging.samples(10, 5, 0, 1L));
        assertThrows(IllegalArgumentException.class, () -> Bagging.samples(10, 5, 1.5, 1L));
        List<BagSample> bags = Bagging.samples(4, 2, 0.5, 1L);
        assertThrows(IllegalArgumentException.class, () -> Bagging.outOfBag(bags, List.<float[][]>of(new float[4][1])));
        assertThrows(
                IllegalArgumentException.class,
                () -> Bagging.outOfBag(bags, List.of(new float[4][1], new float[3][1])));
        assertEquals(1, Bagging.samples(1, 1, 0.1, 1L).get(0).inBag().length);
        assertEquals(0, Bagging.samples(0, 2, 0.5, 1L).get(1).size());
    }

    private static boolean isAscending(int[] values) {
        for (int i = 1; i < values.length; i++) {
            if (values[i] <= values[i - 1]) {
                return false;
            }
        }
        return true;
    }
}
