package org.taxonomist.batch.retag;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.tagging.EmbeddedAsset;
import org.taxonomist.tagging.EmbeddingCache;

/**
 * Embeds an asset by every loaded backbone, writing nothing: an asset whose image cannot be read
 * is skipped (listed by {@link SkippedAssets}) without spoiling the chunk's transaction. Deleted
 * assets are filtered out, and so, with {@code missingOnly}, are assets every backbone has seen.
 */
@Named
@Dependent
public class AssetEmbedder implements ItemProcessor {

    @Inject
    DamAdapter dam;

    @Inject
    EmbeddingCache embeddings;

    @Inject
    @BatchProperty
    String missingOnly;

    @Override
    public Object processItem(Object assetId) {
        EmbeddedAsset embedded = dam.asset((Long) assetId).map(embeddings::embed).orElse(null);
        return embedded == null || Boolean.parseBoolean(missingOnly) && !embedded.computedNow() ? null : embedded;
    }
}
