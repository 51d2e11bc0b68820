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
        Integer line = e instanceof ImportRowException row ? row.line() : null;
        monitor.problem(job.getExecutionId(), assetId, line, e.getMessage());
    }
}
