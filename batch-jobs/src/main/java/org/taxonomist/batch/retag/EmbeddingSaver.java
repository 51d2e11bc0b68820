package org.taxonomist.batch.retag;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.taxonomist.tagging.EmbeddedAsset;
import org.taxonomist.tagging.EmbeddingCache;

/** Saves the embeddings the chunk computed, in the chunk's transaction. */
@Named
@Dependent
public class EmbeddingSaver extends AbstractItemWriter {

    @Inject
    EmbeddingCache embeddings;

    @Override
    public void writeItems(List<Object> assets) {
        assets.forEach(asset -> embeddings.save((EmbeddedAsset) asset));
    }
}
