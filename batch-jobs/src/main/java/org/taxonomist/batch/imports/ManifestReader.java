package org.taxonomist.batch.imports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.taxonomist.batch.monitor.JobMonitor;
import org.taxonomist.dam.reference.imports.CollectionImport;
import org.taxonomist.models.manifest.Manifest;
import org.taxonomist.models.manifest.ManifestEntry;

/**
 * Reads the rows of an import folder's manifest. The first run lists the rows that cannot even be
 * read (wrong number of fields, missing file) and the manifest's column problems; the checkpoint is
 * the line of the last row done, kept by {@link JobMonitor} in each chunk's transaction.
 */
@Named
@Dependent
public class ManifestReader extends AbstractItemReader {

    @Inject
    CollectionImport collection;

    @Inject
    JobMonitor monitor;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String folder;

    @Inject
    @BatchProperty
    String field;

    private List<ManifestEntry> rows;
    private int position;
    private long lastLine;

    @Override
    public void open(Serializable ignored) {
        Manifest manifest = collection.manifest(folder);
        Optional<Long> checkpoint = monitor.checkpoint(job.getInstanceId(), 0, 1);
        if (checkpoint.isEmpty()) {
            manifest.problems()
                    .forEach(problem -> monitor.problem(job.getExecutionId(), null, problem.line(), problem.reason()));
            collection
                    .columnProblems(manifest, field)
                    .forEach(problem -> monitor.problem(job.getExecutionId(), null, null, problem));
        }
        long after = checkpoint.orElse(0L);
        rows = manifest.entries().stream().filter(e -> e.line() > after).toList();
        lastLine = after;
        monitor.start(job.getExecutionId(), job.getInstanceId(), 0, 1, rows.size());
    }

    @Override
    public Object readItem() {
        if (position == rows.size()) {
            return null;
        }
        ManifestEntry row = rows.get(position++);
        lastLine = row.line();
        return row;
    }

    @Override
    public Serializable checkpointInfo() {
        monitor.advance(job.getExecutionId(), 0, position, lastLine);
        return lastLine;
    }
}
