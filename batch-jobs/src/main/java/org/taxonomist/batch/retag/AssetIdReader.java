package org.taxonomist.batch.retag;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.taxonomist.batch.monitor.JobMonitor;

/**
 * Reads one partition's share of the asset ids in scope (or, given a {@code field}, of the assets
 * labelled in it), ascending. The checkpoint is the last id
 * done, kept by {@link JobMonitor} in each chunk's own transaction, so a restart goes on after it
 * even if assets were added or deleted meanwhile — also after a crash, where the batch runtime's
 * own partition checkpoints cannot be restarted (see {@link AssetPartitions}).
 */
@Named
@Dependent
public class AssetIdReader extends AbstractItemReader {

    @Inject
    AssetsInScope assets;

    @Inject
    JobMonitor monitor;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String scope;

    @Inject
    @BatchProperty
    String field;

    @Inject
    @BatchProperty
    String partition;

    @Inject
    @BatchProperty
    String partitions;

    private List<Long> ids;
    private int position;
    private long lastId;

    @Override
    public void open(Serializable ignored) {
        int p = Integer.parseInt(partition);
        int count = Integer.parseInt(partitions);
        long after = monitor.checkpoint(job.getInstanceId(), p, count).orElse(Long.MIN_VALUE);
        List<Long> inScope = field == null || field.isBlank()
                ? assets.ids(job.getJobName(), AssetScope.named(scope))
                : assets.labelled(field);
        ids = inScope.stream()
                .filter(id -> id > after && Math.floorMod(id, count) == p)
                .toList();
        lastId = after;
        monitor.start(job.getExecutionId(), job.getInstanceId(), p, count, ids.size());
    }

    @Override
    public Object readItem() {
        if (position == ids.size()) {
            return null;
        }
        lastId = ids.get(position++);
        return lastId;
    }

    @Override
    public Serializable checkpointInfo() {
        monitor.advance(job.getExecutionId(), Integer.parseInt(partition), position, lastId);
        return lastId;
    }
}
