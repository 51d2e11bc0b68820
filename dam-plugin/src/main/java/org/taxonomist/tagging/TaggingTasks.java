package org.taxonomist.tagging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.hibernate.LockOptions;
import org.taxonomist.cluster.Liveness;
import org.taxonomist.cluster.ServerNodes;

/**
 * The durable list of assets waiting to be tagged, shared by every server on the database: a task is tagged by the
 * server that claimed it, and a dead server's tasks are claimed by the others.
 */
@ApplicationScoped
public class TaggingTasks {

    @PersistenceContext
    EntityManager em;

    @Inject
    ServerNodes nodes;

    /** Joins the caller's transaction: the upload and its task commit or roll back together; this server tags it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(long assetId) {
        em.persist(new TaggingTask(assetId, nodes.self()));
    }

    /**
     * Queues the assets to be tagged again, in one transaction, unclaimed, for whichever servers have threads free:
     * those with a task already (waiting, or given up) are left as they are; the ids queued.
     */
    @Transactional
    public List<Long> addAll(Collection<Long> assetIds) {
        List<Long> added = new ArrayList<>();
        for (long assetId : assetIds) {
            if (em.find(TaggingTask.class, assetId) == null) {
                em.persist(new TaggingTask(assetId, null));
                added.add(assetId);
            }
        }
        return added;
    }

    /**
     * Claims for this server the oldest waiting tasks (not given up) that are its own, no one's, or a dead server's, at
     * most {@code limit}, leaving out those this server's threads already hold ({@code inHand}); their asset ids. Rows
     * another server is claiming or tagging at the same moment are skipped, not waited for ({@code FOR UPDATE SKIP
     * LOCKED} on PostgreSQL; on H2, which holds one server, the rows in hand are the only ones locked).
     */
    @Transactional
    public List<Long> claim(int limit, Collection<Long> inHand) {
        String self = nodes.self();
        List<TaggingTask> claimed = em.createQuery(
                        "select t from TaggingTask t where t.attempts < :max and (t.claimedBy is null"
                                + " or t.claimedBy = :self or t.claimedBy not in"
                                + " (select n.id from ServerNode n where n.heartbeatAt > :cutoff))"
                                + " and t.assetId not in :inHand order by t.enqueuedAt",
                        TaggingTask.class)
                .setParameter("max", TaggingTask.MAX_ATTEMPTS)
                .setParameter("self", self)
                .setParameter("cutoff", Liveness.cutoff(Instant.now()))
                .setParameter("inHand", inHand.isEmpty() ? List.of(-1L) : inHand)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
                .setMaxResults(limit)
                .getResultList();
        claimed.forEach(task -> task.claim(self));
        return claimed.stream().map(TaggingTask::getAssetId).toList();
    }

    /**
     * Tags the asset and removes its task in one transaction, holding the task's row meanwhile: a server that dies
     * in between leaves both undone, and of two servers that both believe the task theirs (one thought dead while it
     * was only slow) the second finds it gone and tags nothing. Whether it tagged.
     */
    @Transactional
    public boolean tagOnce(long assetId, LongConsumer tagging) {
        TaggingTask task = em.find(TaggingTask.class, assetId, LockModeType.PESSIMISTIC_WRITE);
        if (task == null || !nodes.self().equals(task.getClaimedBy())) {
            return false;
        }
        tagging.accept(assetId);
        em.remove(task);
        return true;
    }

    /** The asset's task while it waits or after tagging gave up on it; empty once tagged. */
    public Optional<TaggingTask> find(long assetId) {
        return Optional.ofNullable(em.find(TaggingTask.class, assetId));
    }

    /** For people and API clients: "waiting", "done", or "failed: " and the last error once tagging gave up. */
    public String state(long assetId) {
        return find(assetId)
                .map(t -> t.givenUp() ? "failed: " + t.getLastError() : "waiting")
                .orElse("done");
    }

    /** Records the failure; true when the task should be tried again. */
    @Transactional
    public boolean failed(long assetId, String error) {
        TaggingTask task = em.find(TaggingTask.class, assetId);
        if (task == null) {
            return false;
        }
        task.failed(error);
        return !task.givenUp();
    }
}
