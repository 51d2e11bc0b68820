package org.taxonomist.tagging;

import java.util.Map;
import org.taxonomist.dam.DamAsset;

/**
 * An asset with its embedding by each backbone it was embedded for (keyed by {@link EmbeddingCache#key},
 * in their order: for tagging, every loaded backbone, the default first); embeddings computed just
 * now are not saved yet, nor is a perceptual hash computed just now ({@code newFingerprint}, else null).
 */
public record EmbeddedAsset(DamAsset asset, Map<String, CachedEmbedding> embeddings, ImageFingerprint newFingerprint) {}
