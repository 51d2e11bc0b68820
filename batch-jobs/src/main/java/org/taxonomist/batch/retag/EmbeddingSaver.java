package org.taxonomist.batch.retag;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.taxonomist.cluster.ServerNodes;
import org.taxonomist.tagging.AssetToEmbed;
import org.taxonomist.tagging.EmbeddingCache;
import org.taxonomist.tagging.TaggingQueue;
import org.taxonomist.tagging.TaggingTask;

/**
 * Saves the embeddings the chunk's assets lack. Alone on the database, it embeds the chunk in one go in the chunk's
 * transaction; an embedding saved meanwhile by an upload's tagging makes the chunk retry (the job's
 * retryable-exception-classes), and the retry finds it cached. With other servers alive it shares the chunk out
 * through the queue every server claims from, as {@link AssetTagger} does, and commits once each is embedded. Except
 * with {@code backbones} = {@code audit} (the label audit's, which other servers need not load, and which a waiting
 * tagging task would not compute): those stay on this server.
 */
@Named
@Dependent
public class EmbeddingSaver extends AbstractItemWriter {

    @Inject
    EmbeddingCache embeddings;

    @Inject
    TaggingQueue queue;

    @Inject
    ServerNodes servers;

    @Inject
    @BatchProperty
    String backbones;

    @Override
    public void writeItems(List<Object> items) {
        List<AssetToEmbed> assets = items.stream().map(AssetToEmbed.class::cast).toList();
        if (!"audit".equals(backbones) && servers.othersAlive()) {
            queue.shareOut(assets.stream().map(asset -> asset.asset().id()).toList(), TaggingTask.Work.EMBED);
        } else {
            embeddings.saveNow(embeddings.embedAll(assets));
        }
    }
}
