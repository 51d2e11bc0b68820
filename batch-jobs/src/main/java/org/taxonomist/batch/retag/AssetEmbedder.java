package org.taxonomist.batch.retag;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.models.backbone.Backbone;
import org.taxonomist.tagging.AssetToEmbed;
import org.taxonomist.tagging.EmbeddingCache;
import org.taxonomist.tagging.ModelRuntime;

/**
 * Prepares an asset for the backbones, writing nothing: its cached embeddings, and its image
 * decoded and turned into network inputs where a backbone never saw it. The writer then runs the
 * networks over the whole chunk at once. An asset whose image cannot be read is skipped (listed by
 * {@link SkippedAssets}) without spoiling the chunk's transaction. Deleted assets are filtered out,
 * and so, with {@code missingOnly}, are assets every backbone has seen and whose perceptual hash is kept. The backbones are the loaded
 * ones, or with {@code backbones} = {@code audit} the label audit's.
 */
@Named
@Dependent
public class AssetEmbedder implements ItemProcessor {

    @Inject
    DamAdapter dam;

    @Inject
    EmbeddingCache embeddings;

    @Inject
    ModelRuntime runtime;

    @Inject
    @BatchProperty
    String missingOnly;

    @Inject
    @BatchProperty
    String backbones;

    @Override
    public Object processItem(Object assetId) {
        List<Backbone> chosen = "audit".equals(backbones) ? runtime.auditBackbones() : runtime.backbones();
        AssetToEmbed prepared = dam.asset((Long) assetId)
                .map(asset -> embeddings.prepare(asset, chosen))
                .orElse(null);
        return prepared == null || Boolean.parseBoolean(missingOnly) && !prepared.isIncomplete() ? null : prepared;
    }
}
