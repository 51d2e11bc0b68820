package org.taxonomist.batch.retag;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.taxonomist.tagging.AssetToEmbed;
import org.taxonomist.tagging.EmbeddingCache;
import org.taxonomist.tagging.Tagger;

/** Embeds the chunk's assets in one go and tags them with the service uploads use, in the chunk's transaction. */
@Named
@Dependent
public class AssetTagger extends AbstractItemWriter {

    @Inject
    EmbeddingCache embeddings;

    @Inject
    Tagger tagger;

    @Override
    public void writeItems(List<Object> assets) {
        embeddings
                .embedAll(assets.stream().map(AssetToEmbed.class::cast).toList())
                .forEach(tagger::tag);
    }
}
