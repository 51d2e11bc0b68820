package org.taxonomist.batch.text;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.tagging.TextReading;

/**
 * Reads the text in an asset's picture unless the current OCR read this image already, each in a
 * transaction of its own; an image that cannot be read is skipped (listed by the job) without
 * spoiling the chunk. Deleted assets are filtered out.
 */
@Named
@Dependent
public class PictureTextReader implements ItemProcessor {

    @Inject
    DamAdapter dam;

    @Inject
    TextReading text;

    @Override
    public Object processItem(Object assetId) {
        return dam.asset((Long) assetId)
                .map(asset -> {
                    text.read(asset);
                    return asset;
                })
                .orElse(null);
    }
}
