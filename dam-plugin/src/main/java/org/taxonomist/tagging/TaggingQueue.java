package org.taxonomist.tagging;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.taxonomist.dam.AssetUploaded;

/**
 * Hooks the DAM's uploads: records each new asset as to-be-tagged inside the upload transaction,
 * and once that transaction has committed tags it on a managed thread, off the request. The
 * recorded tasks are the truth: those left by a crash or restart, or whose dispatch was lost (an
 * executor that refused more work during a large import), are picked up again at start-up and by
 * {@link TaggingSweep}; an asset is never tagged by two threads at once.
 */
@ApplicationScoped
public class TaggingQueue {

    private static final Logger LOG = Logger.getLogger(TaggingQueue.class.getName());
    /** Tasks resubmitted per sweep: the rest wait for the next one, so the executor's queue stays short. */
    private static final int SWEEP_SIZE = 500;

    @Resource
    ManagedExecutorService executor;

    @Inject
    TaggingTasks tasks;

    @Inject
    Tagger tagger;

    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

    void record(@Observes AssetUploaded uploaded) {
        tasks.add(uploaded.assetId());
    }

    void dispatch(@Observes(during = TransactionPhase.AFTER_SUCCESS) AssetUploaded uploaded) {
        submit(uploaded.assetId());
    }

    /**
     * Tags the assets again, as after an upload (a librarian's bulk "Retag" in the grid): each gets a task, committed
     * before it is handed to a thread; those with a task already are left to it. How many were queued.
     */
    public int retag(Collection<Long> assetIds) {
        List<Long> queued = tasks.addAll(assetIds);
        queued.forEach(this::submit);
        return queued.size();
    }

    /** Resubmits waiting tasks that no thread is working on (oldest first, at most {@value #SWEEP_SIZE}). */
    public void resumePending() {
        List<Long> pending = tasks.pending(SWEEP_SIZE).stream()
                .filter(id -> !inFlight.contains(id))
                .toList();
        if (!pending.isEmpty()) {
            LOG.info(() -> "Resuming tagging of " + pending.size() + " waiting asset(s)");
        }
        pending.forEach(this::submit);
    }

    private void submit(long assetId) {
        if (!inFlight.add(assetId)) {
            return;
        }
        try {
            executor.submit(() -> run(assetId));
        } catch (RejectedExecutionException e) {
            inFlight.remove(assetId);
            LOG.fine(() -> "Tagging of asset " + assetId + " deferred to the next sweep: " + e.getMessage());
        }
    }

    private void run(long assetId) {
        boolean again = false;
        try {
            tagger.tag(assetId);
            tasks.finished(assetId);
        } catch (RuntimeException | Error e) {
            // Errors too: the executor would otherwise keep them in a Future nobody reads.
            LOG.log(Level.WARNING, "Tagging asset " + assetId + " failed: " + e.getMessage(), e);
            again = tasks.failed(assetId, e.getMessage());
        } finally {
            inFlight.remove(assetId);
        }
        if (again) {
            submit(assetId);
        }
    }
}
