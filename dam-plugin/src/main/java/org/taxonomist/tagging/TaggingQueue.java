package org.taxonomist.tagging;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.taxonomist.dam.AssetUploaded;

/**
 * Hooks the DAM's uploads: records each new asset as to-be-tagged inside the upload transaction,
 * and once that transaction has committed tags it on a managed thread, off the request.
 * Tasks left over by a crash or restart are picked up again at start-up.
 */
@ApplicationScoped
public class TaggingQueue {

    private static final Logger LOG = Logger.getLogger(TaggingQueue.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    TaggingTasks tasks;

    @Inject
    Tagger tagger;

    void record(@Observes AssetUploaded uploaded) {
        tasks.add(uploaded.assetId());
    }

    void dispatch(@Observes(during = TransactionPhase.AFTER_SUCCESS) AssetUploaded uploaded) {
        submit(uploaded.assetId());
    }

    /** Resubmits every task that a previous run of the server left unfinished. */
    public void resumePending() {
        List<Long> pending = tasks.pending();
        if (!pending.isEmpty()) {
            LOG.info(() -> "Resuming tagging of " + pending.size() + " asset(s) left from the last run");
        }
        pending.forEach(this::submit);
    }

    private void submit(long assetId) {
        executor.submit(() -> {
            try {
                tagger.tag(assetId);
                tasks.finished(assetId);
            } catch (RuntimeException | Error e) {
                // Errors too: the executor would otherwise keep them in a Future nobody reads.
                LOG.log(Level.WARNING, "Tagging asset " + assetId + " failed: " + e.getMessage(), e);
                if (tasks.failed(assetId, e.getMessage())) {
                    submit(assetId);
                }
            }
        });
    }
}
