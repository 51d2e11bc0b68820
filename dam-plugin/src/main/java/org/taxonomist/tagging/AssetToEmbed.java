package org.taxonomist.tagging;

import java.util.List;
import java.util.Map;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.models.backbone.Backbone;

/**
 * An asset on its way to the backbones: the backbones it is for, the embeddings the cache already
 * holds, and, for each backbone (by {@link EmbeddingCache#key}) that never saw its image, the
 * network's input; and the image's perceptual hash when none is kept yet ({@code newFingerprint}, else null). A
 * batch keeps these small arrays, not decoded photos, until it runs the networks.
 */
public record AssetToEmbed(
        DamAsset asset,
        List<Backbone> backbones,
        Map<String, CachedEmbedding> cached,
        Map<String, float[]> inputs,
        ImageFingerprint newFingerprint) {

    /** Something about its image is not kept yet: a backbone has to run on it, or its perceptual hash is new. */
    public boolean isIncomplete() {
        return !inputs.isEmpty() || newFingerprint != null;
    }
}
