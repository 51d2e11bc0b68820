package org.taxonomist.batch.retag;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.taxonomist.tagging.AssetToEmbed;
import org.taxonomist.tagging.EmbeddingCache;

/**
 * Embeds the chunk's assets in one go and saves the embeddings, in the chunk's transaction. An
 * embedding saved meanwhile by an upload's tagging makes the chunk retry (the job's
 * retryable-exception-classes), and the retry finds it cached.
 */
@Named
@Dependent
public class EmbeddingSaver extends AbstractItemWriter {

    @Inject
    EmbeddingCache embeddings;

    @Override
    public void writeItems(List<Object> assets) {
        embeddings.saveNow(embeddings.embedAll(
                assets.stream().map(AssetToEmbed.class::cast).toList()));
    }
}
