package org.taxonomist.models.map;

import org.taxonomist.models.pca.Pca;
import org.taxonomist.models.similarity.UnitVectors;
import tagbio.umap.Umap;

/**
 * Projects a collection's embeddings to a 2-D map: the embeddings are first brought to their
 * {@value #COMPONENTS} principal components (most of their variance, and what keeps UMAP's neighbour
 * search affordable at 100,000 assets), then laid out by UMAP (tagbio's umap-java, MIT, the kept
 * Java port of McInnes' reference implementation) with its reference defaults: 15 neighbours,
 * minimum distance 0.1, on unit vectors (so that neighbours are those of cosine similarity, the
 * embeddings' own). Seeded: the same embeddings and
 * seed give the same map. Points are scaled into the unit square, so a client needs no bounds.
 */
public final class CollectionMap {

    /** Principal components kept before UMAP. */
    public static final int COMPONENTS = 50;

    public static final int NEIGHBOURS = 15;
    public static final float MIN_DISTANCE = 0.1f;

    /** How a map is made, as a run records it. */
    public static final String METHOD = "UMAP (umap-java), " + NEIGHBOURS + " neighbours, minimum distance "
            + MIN_DISTANCE + ", on " + COMPONENTS + " principal components of unit vectors";

    private CollectionMap() {}

    /**
     * The map of {@code embeddings} (one row per asset, more than {@value #NEIGHBOURS} rows).
     *
     * @return per asset, its x and y in [0, 1]
     */
    public static float[][] project(float[][] embeddings, long seed, int threads) {
        if (embeddings.length <= NEIGHBOURS) {
            throw new IllegalArgumentException(
                    "A map needs more than " + NEIGHBOURS + " assets, got " + embeddings.length);
        }
        float[][] units = new float[embeddings.length][];
        for (int i = 0; i < units.length; i++) {
            units[i] = UnitVectors.unit(embeddings[i]);
        }
        // Euclidean on unit vectors ranks neighbours as cosine does; umap-java's cosine needs its angular
        // random-projection trees, which fail on every input from 4,096 rows (tag-bio/umap-java issue 8).
        Umap umap = new Umap()
                .setNumberComponents(2)
                .setNumberNearestNeighbours(NEIGHBOURS)
                .setMinDist(MIN_DISTANCE)
                .setSeed(seed)
                .setThreads(threads);
        return unitSquare(umap.fitTransform(reduced(units, seed)));
    }

    private static float[][] reduced(float[][] embeddings, long seed) {
        int dimension = embeddings[0].length;
        if (dimension <= COMPONENTS) {
            return embeddings;
        }
        return Pca.fit(embeddings, Math.min(COMPONENTS, embeddings.length - 1), seed)
                .projectAll(embeddings);
    }

    /** Scaled and shifted, keeping the aspect ratio, so that the points span [0, 1] on their longer axis. */
    static float[][] unitSquare(float[][] points) {
        float[] min = {Float.MAX_VALUE, Float.MAX_VALUE};
        float[] max = {-Float.MAX_VALUE, -Float.MAX_VALUE};
        for (float[] p : points) {
            for (int a = 0; a < 2; a++) {
                min[a] = Math.min(min[a], p[a]);
                max[a] = Math.max(max[a], p[a]);
            }
        }
        float span = Math.max(Math.max(max[0] - min[0], max[1] - min[1]), Float.MIN_NORMAL);
        float[][] scaled = new float[points.length][];
        for (int i = 0; i < points.length; i++) {
            scaled[i] = new float[] {
                (points[i][0] - min[0]) / span + (1 - (max[0] - min[0]) / span) / 2,
                (points[i][1] - min[1]) / span + (1 - (max[1] - min[1]) / span) / 2
            };
        }
        return scaled;
    }

    /**
     * Where a new asset goes on an existing map without recomputing it: the mean position of its
     * {@code k} most similar mapped assets (cosine of the embeddings), weighted by similarity, as
     * UMAP itself starts a new point. Works with any projection, and after a restart, from what is
     * stored.
     *
     * @param mapped the mapped assets' embeddings, unit length
     * @param points their positions on the map
     */
    public static float[] place(float[] embedding, float[][] mapped, float[][] points, int k) {
        float[] unit = UnitVectors.unit(embedding);
        Nearest nearest = Nearest.of(mapped.length, k, -1, i -> -UnitVectors.dot(unit, mapped[i]));
        double[] similarities = new double[nearest.indices.length];
        float[][] near = new float[nearest.indices.length][];
        for (int j = 0; j < near.length; j++) {
            similarities[j] = -nearest.distances[j];
            near[j] = points[nearest.indices[j]];
        }
        return position(similarities, near);
    }

    /**
     * The mean of the positions of a new asset's most similar mapped assets, weighted by their similarity to it (at
     * least a millionth, so that dissimilar ones still count a little): where {@link #place} puts it, for callers that
     * find the similar assets themselves (a search index).
     */
    public static float[] position(double[] similarities, float[][] positions) {
        double x = 0;
        double y = 0;
        double weights = 0;
        for (int j = 0; j < positions.length; j++) {
            double w = Math.max(similarities[j], 1e-6);
            x += w * positions[j][0];
            y += w * positions[j][1];
            weights += w;
        }
        return new float[] {(float) (x / weights), (float) (y / weights)};
    }
}
