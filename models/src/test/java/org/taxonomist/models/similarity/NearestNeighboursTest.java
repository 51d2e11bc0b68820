package org.taxonomist.models.similarity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestNeighboursTest {

    @Test
    void ranksByCosineAveragedOverBackbonesAndNeverReturnsTheQuery() {
        float[][] first = {{1, 0}, {10, 1}, {0, 1}, {1, 1}, {-1, 0}};
        // The second backbone alone would rank row 2 above row 3; on average row 3 stays closer.
        float[][] second = {{1, 0}, {1, 0}, {1, 0.1f}, {1, 0.5f}, {0, 1}};
        NearestNeighbours neighbours = NearestNeighbours.of(List.of(first, second));

        assertArrayEquals(new int[] {1, 3, 2}, neighbours.nearest(0, 3));
        assertArrayEquals(new int[] {1, 3, 2, 4}, neighbours.nearest(0, 10), "at most the other rows");
        assertArrayEquals(
                new int[] {2, 3, 1, 0},
                NearestNeighbours.of(List.<float[][]>of(first)).nearest(4, 4));
    }
}
