package org.taxonomist.models.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.taxonomist.models.similarity.UnitVectors;

/** A map of four well-separated groups of embeddings keeps them apart, and places a new one in its group. */
class CollectionMapTest {

    private static final int GROUPS = 4;
    private static final int PER_GROUP = 60;
    private static final int DIMENSION = 120;

    private static float[][] centres;
    private static float[][] embeddings;
    private static float[][] map;

    @BeforeAll
    static void project() {
        Random random = new Random(29);
        centres = new float[GROUPS][DIMENSION];
        for (float[] c : centres) {
            for (int d = 0; d < DIMENSION; d++) {
                c[d] = (float) random.nextGaussian();
            }
        }
        embeddings = new float[GROUPS * PER_GROUP][];
        for (int i = 0; i < embeddings.length; i++) {
            embeddings[i] = near(centres[i / PER_GROUP], random);
        }
        map = CollectionMap.project(embeddings, 7, 2);
    }

    private static float[] near(float[] centre, Random random) {
        float[] v = new float[DIMENSION];
        for (int d = 0; d < DIMENSION; d++) {
            v[d] = centre[d] + 0.4f * (float) random.nextGaussian();
        }
        return v;
    }

    @Test
    void everyAssetIsOnTheUnitSquareBesideItsOwnGroup() {
        int besideItsGroup = 0;
        for (int i = 0; i < map.length; i++) {
            assertTrue(map[i][0] >= 0 && map[i][0] <= 1 && map[i][1] >= 0 && map[i][1] <= 1, i + ": " + map[i][0]);
            int at = i;
            int nearest = Nearest.of(map.length, 1, i, j -> Math.hypot(map[at][0] - map[j][0], map[at][1] - map[j][1]))
                    .indices[0];
            if (nearest / PER_GROUP == i / PER_GROUP) {
                besideItsGroup++;
            }
        }
        assertEquals(map.length, besideItsGroup);
        double overlap = NeighbourhoodScore.knnOverlap(embeddings, map, 10, 1000, 1);
        assertTrue(overlap > 0.2, "within a group the neighbours are noise, but beyond chance (0.04): " + overlap);
    }

    @Test
    void theSameEmbeddingsAndSeedGiveTheSameMap() {
        assertArrayEquals(map[17], CollectionMap.project(embeddings, 7, 2)[17]);
    }

    @Test
    void aNewAssetIsPlacedAmongItsGroupWithoutRecomputingTheMap() {
        float[][] units = new float[embeddings.length][];
        for (int i = 0; i < units.length; i++) {
            units[i] = UnitVectors.unit(embeddings[i]);
        }
        for (int g = 0; g < GROUPS; g++) {
            float[] placed = CollectionMap.place(near(centres[g], new Random(g)), units, map, 15);
            int group = g;
            int nearest = Nearest.of(map.length, 1, -1, j -> Math.hypot(placed[0] - map[j][0], placed[1] - map[j][1]))
                    .indices[0];
            assertEquals(group, nearest / PER_GROUP, "group " + g);
        }
    }

    @Test
    void aPositionIsTheSimilarityWeightedMeanOfItsNeighboursPlaces() {
        float[] position = CollectionMap.position(
                new double[] {0.9, 0.3, -0.5}, new float[][] {{0.2f, 0.4f}, {0.6f, 0.8f}, {1f, 1f}});

        assertEquals((0.9 * 0.2 + 0.3 * 0.6 + 1e-6) / (1.2 + 1e-6), position[0], 1e-6);
        assertEquals((0.9 * 0.4 + 0.3 * 0.8 + 1e-6) / (1.2 + 1e-6), position[1], 1e-6);
    }

    @Test
    void tooFewAssetsForAMapAreRefusedClearly() {
        Exception e = assertThrows(
                IllegalArgumentException.class, () -> CollectionMap.project(new float[10][DIMENSION], 1, 1));
        assertTrue(e.getMessage().contains("more than 15 assets"), e.getMessage());
    }
}
