package org.taxonomist.superlabel;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Assets as vectors of super-label scores (sparse: label id → score), compared by cosine
 * similarity: "more like this" means the nearest assets by the topics they are about.
 */
final class TopicVectors {

    private TopicVectors() {}

    /** An asset and how alike it is, in [0, 1]. */
    record Neighbour(long assetId, double similarity) {}

    static double cosine(Map<Long, Double> a, Map<Long, Double> b) {
        double dot = 0;
        for (Map.Entry<Long, Double> entry : a.entrySet()) {
            dot += entry.getValue() * b.getOrDefault(entry.getKey(), 0.0);
        }
        double norms = Math.sqrt(squares(a) * squares(b));
        return norms == 0 ? 0 : dot / norms;
    }

    /** The {@code limit} candidates nearest to {@code vector} with a similarity above 0, nearest first (ties: lower id), {@code self} left out. */
    static List<Neighbour> nearest(
            Map<Long, Double> vector, Map<Long, Map<Long, Double>> candidates, long self, int limit) {
        return candidates.entrySet().stream()
                .filter(c -> c.getKey() != self)
                .map(c -> new Neighbour(c.getKey(), cosine(vector, c.getValue())))
                .filter(n -> n.similarity() > 0)
                .sorted(Comparator.comparingDouble(Neighbour::similarity)
                        .reversed()
                        .thenComparingLong(Neighbour::assetId))
                .limit(limit)
                .toList();
    }

    private static double squares(Map<Long, Double> vector) {
        return vector.values().stream().mapToDouble(v -> v * v).sum();
    }
}
