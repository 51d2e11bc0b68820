package org.taxonomist.similar.rest;

import java.util.List;
import org.taxonomist.similar.SimilarImages.Similar;

/**
 * Assets that look alike, nearest first.
 *
 * @param backbone    what was compared ({@code id@version}); null when nothing could be
 * @param unavailable why there are no neighbours when there cannot be any (the image is not embedded yet, …)
 * @param ranked      how many neighbours the index ranked (a fixed number of candidates, not the collection's size)
 */
public record SimilarJson(String backbone, String unavailable, long ranked, List<SimilarJson.NeighbourJson> assets) {

    /** Neighbours a page lists unless asked for fewer or more. */
    static final String DEFAULT_LIMIT = "12";

    static SimilarJson of(Similar similar) {
        return new SimilarJson(
                similar.backboneKey(),
                similar.unavailable(),
                similar.neighbours().ranked(),
                similar.neighbours().page().stream()
                        .map(n -> new NeighbourJson(n.assetId(), Math.round(n.similarity() * 10_000) / 10_000.0))
                        .toList());
    }

    /** An asset and its cosine similarity to the query, from -1 to 1 (4 decimals). */
    public record NeighbourJson(long id, double similarity) {}
}
