package org.taxonomist.batch.duplicates;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.taxonomist.duplicates.NearDuplicateFinder;
import org.taxonomist.tagging.AssetToEmbed;
import org.taxonomist.tagging.EmbeddedAsset;
import org.taxonomist.tagging.EmbeddingCache;

/**
 * Embeds the chunk's assets where they were never embedded, saves what is new (embeddings, perceptual hashes), then
 * checks each against the collection for near-duplicates, in the chunk's transaction. The assets' vectors are in the
 * index before the check only if they were saved in an earlier transaction: two new copies of one picture in the same
 * chunk are found by the next run, or by the upload check of the later one.
 */
@Named
@Dependent
public class NearDuplicateChecker extends AbstractItemWriter {

    @Inject
    EmbeddingCache embeddings;

    @Inject
    NearDuplicateFinder finder;

    @Override
    public void writeItems(List<Object> assets) {
        List<EmbeddedAsset> embedded = embeddings.embedAll(
                assets.stream().map(AssetToEmbed.class::cast).toList());
        embeddings.saveNow(embedded);
        embedded.forEach(finder::check);
    }
}
