package org.taxonomist.dam;

import java.util.Collection;
import java.util.List;

/**
 * A DAM's index of its assets' images by embedding: what "similar images" and search by image ask. Optional: a DAM
 * whose search cannot hold vectors provides none, and the plugin then says so rather than offering those searches. The
 * plugin feeds it: every embedding it computes for an asset goes in with {@link #put} (upload, the {@code embed} and
 * {@code retag} jobs), and a backbone it forgets comes out with {@link #forget}; nothing is ever rebuilt whole.
 *
 * <pre>{@code
 * index.put(assetId, "nsfwjs-mobilenet_v2@4.3.0", embedding);
 * Neighbours near = index.nearest(new NearestQuery("nsfwjs-mobilenet_v2@4.3.0", embedding, "", "Subject", "Boats", null, null, assetId), 0, 12);
 * }</pre>
 */
public interface SimilarImageIndex {

    /** The backbones (by key, {@code id@version}) whose embeddings it holds: fixed when the DAM starts. */
    List<String> backbones();

    /** Keeps the asset's embedding by the backbone, replacing any it held; one by a backbone it does not hold is ignored. */
    void put(long assetId, String backboneKey, float[] embedding);

    /** Drops every embedding by the backbone; how many assets had one. */
    int forget(String backboneKey);

    /**
     * The assets nearest to the embedding by cosine similarity, nearest first, among those the query's text and filters
     * let through. The index ranks a fixed number of candidates (at least {@code offset + limit}), so {@code ranked}
     * is the length of that list, not of the collection, and a page far down it comes back empty.
     */
    Neighbours nearest(NearestQuery query, int offset, int limit);

    /**
     * @param backboneKey   whose embeddings to compare
     * @param embedding     the query image's embedding by that backbone
     * @param text          full-text query the assets must also match (empty: any)
     * @param field         with {@code term}: only assets carrying that term in that field
     * @param unlabelledIn  only assets with no term in this field
     * @param within        only assets among these (null: any)
     * @param excludedAsset an asset to leave out (the one whose neighbours are asked for), or null
     */
    record NearestQuery(
            String backboneKey,
            float[] embedding,
            String text,
            String field,
            String term,
            String unlabelledIn,
            Collection<Long> within,
            Long excludedAsset) {}

    /** A page of the ranked neighbours, and how many were ranked in all. */
    record Neighbours(List<Neighbour> page, long ranked) {

        public static final Neighbours NONE = new Neighbours(List.of(), 0);
    }

    /** An asset and the cosine similarity of its embedding to the query's, from -1 to 1. */
    record Neighbour(long assetId, double similarity) {}
}
