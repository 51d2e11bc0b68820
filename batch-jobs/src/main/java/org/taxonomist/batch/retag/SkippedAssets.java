package org.taxonomist.batch.retag;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.taxonomist.batch.monitor.JobMonitor;
import org.taxonomist.dam.reference.imports.ImportRowException;

/** Lists each asset or manifest row a job skipped, with the reason, in the chunk's transaction. */
@Named
@Dependent
public class SkippedAssets implements SkipProcessListener {

    @Inject
    JobMonitor monitor;

    @Inject
    JobContext job;

    @Override
    public void onSkipProcessItem(Object item, Exception e) {
        Long assetId = item instanceof Long id ? id : null;
        if (e instanceof ImportRowException row) {
            monitor.problem(job.getExecutionId(), assetId, row.line(), row.reason());
        } else {
            monitor.problem(job.getExecutionId(), assetId, null, e.getMessage());
        }
    }
}
