package org.taxonomist.batch.imports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.taxonomist.dam.reference.imports.CollectionImport;
import org.taxonomist.models.manifest.ManifestEntry;

/** Checks and reads a manifest row outside the chunk's transaction: a bad row is skipped and listed with its line. */
@Named
@Dependent
public class RowPreparer implements ItemProcessor {

    @Inject
    CollectionImport collection;

    @Inject
    @BatchProperty
    String field;

    @Override
    public Object processItem(Object row) {
        return collection.prepare((ManifestEntry) row, field);
    }
}
