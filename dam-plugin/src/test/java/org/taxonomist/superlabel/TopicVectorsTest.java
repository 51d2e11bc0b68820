package org.taxonomist.superlabel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicVectorsTest {

    @Test
    void cosineOfSparseVectors() {
        assertEquals(1.0, TopicVectors.cosine(Map.of(1L, 0.6, 2L, 0.2), Map.of(1L, 0.3, 2L, 0.1)), 1e-12);
        assertEquals(0.0, TopicVectors.cosine(Map.of(1L, 0.6), Map.of(2L, 0.6)), 1e-12);
        assertEquals(0.5 / Math.sqrt(0.5), TopicVectors.cosine(Map.of(1L, 0.5, 2L, 0.5), Map.of(1L, 1.0)), 1e-12);
        assertEquals(0.0, TopicVectors.cosine(Map.of(), Map.of(1L, 1.0)), 1e-12);
    }

    @Test
    void nearestFirstLeavingOutTheAssetItselfAndUnrelatedOnes() {
        Map<Long, Double> beach = Map.of(1L, 0.8, 2L, 0.2);
        Map<Long, Map<Long, Double>> candidates = Map.of(
                10L, beach,
                11L, Map.of(1L, 0.5, 2L, 0.5),
                12L, Map.of(1L, 0.9, 2L, 0.1),
                13L, Map.of(3L, 1.0),
                14L, Map.of(1L, 0.8, 2L, 0.2));

        List<TopicVectors.Neighbour> nearest = TopicVectors.nearest(beach, candidates, 10L, 12);

        assertEquals(
                List.of(14L, 12L, 11L),
                nearest.stream().map(TopicVectors.Neighbour::assetId).toList());
        assertEquals(1.0, nearest.get(0).similarity(), 1e-12);
        assertEquals(
                List.of(14L),
                TopicVectors.nearest(beach, candidates, 10L, 1).stream()
                        .map(TopicVectors.Neighbour::assetId)
                        .toList());
    }
}
