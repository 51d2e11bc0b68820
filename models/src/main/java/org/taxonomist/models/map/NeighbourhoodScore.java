package org.taxonomist.models.map;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.taxonomist.models.similarity.UnitVectors;

/**
 * How well a map keeps neighbourhoods: for sampled assets, the share of their {@code k} nearest
 * neighbours in the embedding space (cosine) that are also among their {@code k} nearest on the map
 * (Euclidean), averaged. 1 is a perfect map; a random layout scores about k / n.
 */
public final class NeighbourhoodScore {

    private NeighbourhoodScore() {}

    /**
     * @param embeddings the assets' embeddings
     * @param points     their positions on the map
     * @param samples    how many assets to score (all when there are fewer), drawn seeded
     */
    public static double knnOverlap(float[][] embeddings, float[][] points, int k, int samples, long seed) {
        float[][] units = new float[embeddings.length][];
        for (int i = 0; i < embeddings.length; i++) {
            units[i] = UnitVectors.unit(embeddings[i]);
        }
        int[] chosen = new Random(seed)
                .ints(0, embeddings.length)
                .distinct()
                .limit(Math.min(samples, embeddings.length))
                .toArray();
        return IntStream.of(chosen)
                .parallel()
                .mapToDouble(i -> overlap(
                        Nearest.of(units.length, k, i, j -> -UnitVectors.dot(units[i], units[j])).indices,
                        Nearest.of(points.length, k, i, j -> squared(points[i], points[j])).indices))
                .average()
                .orElse(0);
    }

    private static double overlap(int[] a, int[] b) {
        Set<Integer> inA = new HashSet<>();
        for (int x : a) {
            inA.add(x);
        }
        return IntStream.of(b).filter(inA::contains).count() / (double) a.length;
    }

    private static double squared(float[] a, float[] b) {
        double dx = a[0] - b[0];
        double dy = a[1] - b[1];
        return dx * dx + dy * dy;
    }
}
