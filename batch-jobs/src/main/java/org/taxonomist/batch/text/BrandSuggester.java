package org.taxonomist.batch.text;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.tagging.BrandSpotting;

/** Suggests, in the chunk's transaction, the brands read in the chunk's assets for the brand-list fields. */
@Named
@Dependent
public class BrandSuggester extends AbstractItemWriter {

    @Inject
    BrandSpotting brands;

    @Override
    public void writeItems(List<Object> assets) {
        assets.stream().map(DamAsset.class::cast).forEach(brands::spot);
    }
}
