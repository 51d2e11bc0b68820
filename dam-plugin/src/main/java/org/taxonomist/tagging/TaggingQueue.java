package org.taxonomist.tagging;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.taxonomist.cluster.ServerNodes;
import org.taxonomist.dam.AssetUploaded;
import org.taxonomist.dam.DamAdapter;

/**
 * Hooks the DAM's uploads: records each new asset as to-be-tagged inside the upload transaction,
 * and once that transaction has committed tags it on a managed thread, off the request. The
 * recorded tasks are the truth, shared by every server on the database ({@link TaggingTasks}):
 * a server tags what it claimed, claims more as its threads free up and at each
 * {@link TaggingSweep}, and so takes over tasks left by a crash, a lost dispatch (an executor that
 * refused more work during a large import), a dead server, or a bulk retag queued anywhere. An
 * asset is never tagged by two threads or two servers at once, and its tagging commits once.
 */
@ApplicationScoped
public class TaggingQueue {

    private static final Logger LOG = Logger.getLogger(TaggingQueue.class.getName());
    /**
     * Tasks a server holds at most (queued or running on its threads): few, so that a bulk retag spreads over every
     * server with threads free rather than being claimed whole by the one that queued it.
     */
    private static final int IN_HAND = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    /** How often a shared-out chunk looks whether its assets are tagged: a small fraction of tagging 20 of them. */
    private static final Duration SHARED_POLL = Duration.ofMillis(200);

    @Resource
    ManagedExecutorService executor;

    @Inject
    TaggingTasks tasks;

    @Inject
    Tagger tagger;

    @Inject
    ServerNodes nodes;

    @Inject
    DamAdapter dam;

    @Inject
    EmbeddingCache embeddings;

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
        List<Long> queued = tasks.addAll(assetIds, TaggingTask.Work.TAG);
        claimMore();
        return queued.size();
    }

    /**
     * Has the work done on the assets by every server with threads free, this one included, and returns once it is
     * done for each: a job's chunk shared out. Assets with a task already are waited for too. Fails, naming them,
     * when the queue gave up on some; their tasks stay, shown failed on the asset.
     */
    public void shareOut(Collection<Long> assetIds, TaggingTask.Work work) {
        tasks.addAll(assetIds, work);
        claimMore();
        List<TaggingTask> left = tasks.unfinished(assetIds);
        while (!left.stream().allMatch(TaggingTask::givenUp)) {
            try {
                Thread.sleep(SHARED_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while other servers tag assets " + assetIds, e);
            }
            left = tasks.unfinished(assetIds);
        }
        if (!left.isEmpty()) {
            throw new IllegalStateException("Tagging gave up on "
                    + left.stream()
                            .map(task -> "asset " + task.getAssetId() + " (" + task.getLastError() + ")")
                            .toList());
        }
    }

    /**
     * Claims waiting tasks (oldest first) while this server holds fewer than {@link #IN_HAND}: its own that no thread
     * works on, unclaimed ones, and those of servers that stopped beating.
     */
    public void claimMore() {
        int room = IN_HAND - inFlight.size();
        if (room <= 0) {
            return;
        }
        List<Long> claimed = tasks.claim(room, List.copyOf(inFlight));
        claimed.forEach(this::submit);
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

    /** In the task's transaction. */
    private void work(TaggingTask.Work work, long assetId) {
        if (work == TaggingTask.Work.EMBED) {
            dam.asset(assetId).ifPresent(asset -> embeddings.save(embeddings.embed(asset)));
        } else {
            tagger.tag(assetId);
        }
    }

    private void run(long assetId) {
        boolean again = false;
        try {
            tasks.doOnce(assetId, this::work).ifPresent(done -> nodes.countDone(done == TaggingTask.Work.TAG));
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
        try {
            claimMore();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Claiming waiting tagging tasks failed; the next sweep tries again", e);
        }
    }
}
