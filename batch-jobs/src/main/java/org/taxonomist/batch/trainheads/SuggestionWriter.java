package org.taxonomist.batch.trainheads;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.taxonomist.tagging.Tagger;

/** Tags each asset of the chunk with the fields' active model versions. */
@Named
@Dependent
public class SuggestionWriter extends AbstractItemWriter {

    @Inject
    Tagger tagger;

    @Override
    public void writeItems(List<Object> assetIds) {
        assetIds.forEach(id -> tagger.tag((Long) id));
    }
}
