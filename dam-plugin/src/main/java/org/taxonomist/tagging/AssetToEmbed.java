package org.taxonomist.tagging;

import java.util.Map;
import org.taxonomist.dam.DamAsset;

/**
 * An asset on its way to the backbones: the embeddings the cache already holds, and, for each
 * backbone (by {@link EmbeddingCache#key}) that never saw its image, the network's input. A batch
 * keeps these small arrays, not decoded photos, until it runs the networks.
 */
public record AssetToEmbed(DamAsset asset, Map<String, CachedEmbedding> cached, Map<String, float[]> inputs) {

    /** Some backbone has to run on the image. */
    public boolean needsNetwork() {
        return !inputs.isEmpty();
    }
}
