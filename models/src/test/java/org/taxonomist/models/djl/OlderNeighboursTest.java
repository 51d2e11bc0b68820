package org.taxonomist.models.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.taxonomist.models.djl.OlderNeighbours.Neighbour;

class OlderNeighboursTest {

    /** Blocks of 64 rows, so that rows sit at the start, middle and end of a block and in the last, short one. */
    @Test
    void eachRowsMostSimilarEarlierRowsAsAnExhaustiveComparisonFindsThem() {
        Random random = new Random(27);
        float[][] units = new float[300][];
        for (int i = 0; i < units.length; i++) {
            units[i] = i % 7 == 6 ? units[i - 3] : unit(random);
        }
        List<Integer> reported = new ArrayList<>();
        List<List<Neighbour>> nearest = OlderNeighbours.of(units, 5, 64, reported::add);

        assertEquals(List.of(64, 128, 192, 256, 300), reported);
        assertEquals(units.length, nearest.size());
        assertEquals(List.of(), nearest.get(0), "the first row has none before it");
        assertEquals(1, nearest.get(1).size());
        for (int i = 0; i < units.length; i++) {
            List<Neighbour> expected = exhaustive(units, i, 5);
            List<Neighbour> found = nearest.get(i);
            assertEquals(expected.size(), found.size(), "row " + i);
            for (int j = 0; j < found.size(); j++) {
                // Repeated rows tie, so rows are compared by what they score, which must be their own cosine.
                assertEquals(expected.get(j).similarity(), found.get(j).similarity(), 1e-5, "row " + i);
                assertTrue(found.get(j).row() < i);
                assertEquals(
                        dot(units[i], units[found.get(j).row()]), found.get(j).similarity(), 1e-5);
            }
        }
        assertEquals(3, nearest.get(6).get(0).row(), "a repeated row finds its original first");
        assertEquals(1.0, nearest.get(6).get(0).similarity(), 1e-5);
    }

    private static List<Neighbour> exhaustive(float[][] units, int row, int k) {
        List<Neighbour> all = new ArrayList<>();
        for (int other = 0; other < row; other++) {
            all.add(new Neighbour(other, dot(units[row], units[other])));
        }
        all.sort(Comparator.comparing(Neighbour::similarity).reversed());
        return all.subList(0, Math.min(k, all.size()));
    }

    private static float dot(float[] a, float[] b) {
        float dot = 0;
        for (int d = 0; d < a.length; d++) {
            dot += a[d] * b[d];
        }
        return dot;
    }

    private static float[] unit(Random random) {
        float[] v = new float[8];
        double norm = 0;
        for (int d = 0; d < v.length; d++) {
            v[d] = (float) random.nextGaussian();
            norm += v[d] * v[d];
        }
        for (int d = 0; d < v.length; d++) {
            v[d] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
