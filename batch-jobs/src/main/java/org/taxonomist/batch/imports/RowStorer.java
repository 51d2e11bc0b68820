package org.taxonomist.batch.imports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.taxonomist.dam.reference.imports.CollectionImport;
import org.taxonomist.dam.reference.imports.ImportRow;

/** Stores the chunk's prepared rows as assets with their terms, in the chunk's transaction; uploads tag them as usual. */
@Named
@Dependent
public class RowStorer extends AbstractItemWriter {

    @Inject
    CollectionImport collection;

    @Inject
    @BatchProperty
    String user;

    @Override
    public void writeItems(List<Object> rows) {
        rows.forEach(row -> collection.store((ImportRow) row, user));
    }
}
