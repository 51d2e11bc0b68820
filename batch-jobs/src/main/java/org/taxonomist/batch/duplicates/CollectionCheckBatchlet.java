package org.taxonomist.batch.duplicates;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.taxonomist.batch.monitor.JobMonitor;
import org.taxonomist.batch.retag.AssetScope;
import org.taxonomist.duplicates.CollectionDuplicateCheck;

/**
 * The near-duplicates job over all assets: the whole collection checked at once ({@link CollectionDuplicateCheck}),
 * its progress and unreadable images reported like a chunked step's. Over new assets it does nothing and hands on to
 * the chunked step, which checks each new asset against the similar-image index.
 */
@Named
@Dependent
public class CollectionCheckBatchlet extends AbstractBatchlet {

    /** The exit status that sends the job on to its chunked step. */
    static final String NEW_ONLY = "new assets only";

    @Inject
    CollectionDuplicateCheck check;

    @Inject
    JobMonitor monitor;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String scope;

    @Override
    public String process() {
        if (AssetScope.named(scope) != AssetScope.ALL) {
            return NEW_ONLY;
        }
        long execution = job.getExecutionId();
        CollectionDuplicateCheck.Outcome outcome = check.checkAll(
                total -> monitor.start(execution, job.getInstanceId(), 0, 1, total),
                done -> monitor.advance(execution, 0, done, 0),
                (assetId, reason) -> monitor.problem(execution, assetId, null, reason));
        String summary = String.format(
                Locale.ROOT,
                "Checked %d assets at once: %d new pairs; %d embedded first, %d skipped",
                outcome.assets(),
                outcome.found(),
                outcome.embedded(),
                outcome.skipped());
        job.setExitStatus(summary);
        return summary;
    }
}
