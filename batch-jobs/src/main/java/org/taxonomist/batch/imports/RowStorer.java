package org.taxonomist.batch.imports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.taxonomist.batch.monitor.JobMonitor;
import org.taxonomist.dam.reference.imports.CollectionImport;
import org.taxonomist.dam.reference.imports.ImportRow;

/**
 * Stores the chunk's prepared rows as assets with their terms, in the chunk's transaction; uploads tag them as usual.
 * A row whose image the DAM already holds is merged into that asset and listed, with its line and the asset.
 */
@Named
@Dependent
public class RowStorer extends AbstractItemWriter {

    @Inject
    CollectionImport collection;

    @Inject
    JobMonitor monitor;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String user;

    @Override
    public void writeItems(List<Object> rows) {
        for (Object item : rows) {
            ImportRow row = (ImportRow) item;
            CollectionImport.StoredRow stored = collection.store(row, user);
            if (stored.merged()) {
                monitor.merged(job.getExecutionId(), row.line(), stored.assetId(), row.fileName());
            }
        }
    }
}
