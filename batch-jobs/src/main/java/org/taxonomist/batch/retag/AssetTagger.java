package org.taxonomist.batch.retag;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.taxonomist.cluster.ServerNodes;
import org.taxonomist.tagging.AssetToEmbed;
import org.taxonomist.tagging.EmbeddingCache;
import org.taxonomist.tagging.Tagger;
import org.taxonomist.tagging.TaggingQueue;
import org.taxonomist.tagging.TaggingTask;

/**
 * Tags the chunk's assets with the service uploads use. Alone on the database, it embeds the chunk in one go and tags
 * it in the chunk's transaction. With other servers alive it shares the chunk out through the tagging queue that every
 * server claims from, and the chunk (with its checkpoint) commits once each asset is tagged, wherever: a server that
 * dies meanwhile leaves its claims to the others, and a restart tags the chunk again, which adds no duplicate. The
 * processor has still read each image here, so unreadable ones are skipped and listed as on one server.
 */
@Named
@Dependent
public class AssetTagger extends AbstractItemWriter {

    @Inject
    EmbeddingCache embeddings;

    @Inject
    Tagger tagger;

    @Inject
    TaggingQueue queue;

    @Inject
    ServerNodes servers;

    @Override
    public void writeItems(List<Object> items) {
        List<AssetToEmbed> assets = items.stream().map(AssetToEmbed.class::cast).toList();
        if (servers.othersAlive()) {
            queue.shareOut(assets.stream().map(asset -> asset.asset().id()).toList(), TaggingTask.Work.TAG);
        } else {
            embeddings.embedAll(assets).forEach(tagger::tag);
            // An image an upload's tagging embedded meanwhile fails here, retried (the job's retryable exceptions)
            // and then found cached, rather than at the chunk's commit, which would fail the job.
            embeddings.flush();
        }
    }
}
