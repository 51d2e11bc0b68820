package org.taxonomist.batch.retag;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.taxonomist.tagging.EmbeddedAsset;
import org.taxonomist.tagging.Tagger;

/** Tags the chunk's embedded assets with the service uploads use, in the chunk's transaction. */
@Named
@Dependent
public class AssetTagger extends AbstractItemWriter {

    @Inject
    Tagger tagger;

    @Override
    public void writeItems(List<Object> assets) {
        assets.forEach(asset -> tagger.tag((EmbeddedAsset) asset));
    }
}
