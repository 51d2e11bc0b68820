package org.taxonomist.batch.map;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.taxonomist.batch.monitor.JobMonitor;
import org.taxonomist.map.MapProjection;
import org.taxonomist.models.map.CollectionMap;

/**
 * The map job: the whole collection projected at once ({@link MapProjection}) and stored as a new run, its
 * unreadable images reported like a chunked step's. One batchlet: a projection is one indivisible computation.
 */
@Named
@Dependent
public class MapBatchlet extends AbstractBatchlet {

    /** The seed a map is drawn with unless the job is given one: the same collection gives the same map. */
    static final long DEFAULT_SEED = 42;

    @Inject
    MapProjection projection;

    @Inject
    JobMonitor monitor;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String seed;

    @Inject
    @BatchProperty
    String threads;

    @Inject
    @BatchProperty
    String user;

    @Override
    public String process() {
        long execution = job.getExecutionId();
        MapProjection.Outcome outcome = projection.project(
                seed == null ? DEFAULT_SEED : Long.parseLong(seed),
                threads == null ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(threads),
                "job " + execution + " (" + (user == null ? "batch" : user) + ")",
                total -> monitor.start(execution, job.getInstanceId(), 0, 1, total),
                (assetId, reason) -> monitor.problem(execution, assetId, null, reason));
        monitor.advance(execution, 0, outcome.total(), 0);
        String summary = outcome.run()
                .map(run -> String.format(
                        Locale.ROOT,
                        "Map %d: %d assets projected in %.1f s; %d embedded first, %d skipped",
                        run.getId(),
                        run.getAssets(),
                        run.getSeconds(),
                        outcome.embedded(),
                        outcome.skipped()))
                .orElse(String.format(
                        Locale.ROOT,
                        "No map: a map needs more than %d assets with a readable image, the collection has %d",
                        CollectionMap.NEIGHBOURS,
                        outcome.total() - outcome.skipped()));
        job.setExitStatus(summary);
        return summary;
    }
}
