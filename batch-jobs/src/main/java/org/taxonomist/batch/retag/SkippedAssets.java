package org.taxonomist.batch.retag;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.taxonomist.batch.monitor.JobMonitor;

/** Lists each asset a job skipped, with the reason, in the chunk's transaction. */
@Named
@Dependent
public class SkippedAssets implements SkipProcessListener {

    @Inject
    JobMonitor monitor;

    @Inject
    JobContext job;

    @Override
    public void onSkipProcessItem(Object assetId, Exception e) {
        monitor.problem(job.getExecutionId(), (Long) assetId, e.getMessage());
    }
}
