package org.taxonomist.tagging;

import java.util.Map;
import org.taxonomist.dam.DamAsset;

/**
 * An asset with its embedding by every loaded backbone (keyed by {@link EmbeddingCache#key}, the
 * default backbone first), ready to be tagged; embeddings computed just now are not saved yet.
 */
public record EmbeddedAsset(DamAsset asset, Map<String, CachedEmbedding> embeddings) {
}
