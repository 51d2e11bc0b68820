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
import java.util.function.ObjLongConsumer;
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
        em.persist(new TaggingTask(assetId, TaggingTask.Work.TAG, nodes.self()));
    }

    /**
     * Queues work on the assets, in a transaction of its own (committed, so that every server sees it, also when a
     * job's chunk asks), unclaimed, for whichever servers have threads free: those with a task already (waiting, or
     * given up; tagging embeds too) are left as they are; the ids queued.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> addAll(Collection<Long> assetIds, TaggingTask.Work work) {
        List<Long> added = new ArrayList<>();
        for (long assetId : assetIds) {
            if (em.find(TaggingTask.class, assetId) == null) {
                em.persist(new TaggingTask(assetId, work, null));
                added.add(assetId);
            }
        }
        return added;
    }

    /**
     * Claims for this server the oldest waiting tasks (not given up) that are its own, no one's, or a dead server's, at
     * most {@code limit}, leaving out those this server's threads already hold ({@code inHand}); their asset ids. Rows
     * another server is claiming or tagging at the same moment are skipped, not waited for ({@code FOR UPDATE SKIP
     * LOCKED} on PostgreSQL; on H2, which holds one server, the rows in hand are the only ones locked). Committed at
     * once, whoever calls: a claim left in a job chunk's transaction would lock the rows its own threads must tag.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
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
     * Does the task's work on the asset and removes the task in one transaction, holding the task's row meanwhile: a
     * server that dies in between leaves both undone, and of two servers that both believe the task theirs (one
     * thought dead while it was only slow) the second finds it gone and does nothing. The work done, if any.
     */
    @Transactional
    public Optional<TaggingTask.Work> doOnce(long assetId, ObjLongConsumer<TaggingTask.Work> work) {
        TaggingTask task = em.find(TaggingTask.class, assetId, LockModeType.PESSIMISTIC_WRITE);
        if (task == null || !nodes.self().equals(task.getClaimedBy())) {
            return Optional.empty();
        }
        work.accept(task.getWork(), assetId);
        em.remove(task);
        return Optional.of(task.getWork());
    }

    /** Of these assets, those with a task: still waiting, or given up ({@link TaggingTask#givenUp()}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<TaggingTask> unfinished(Collection<Long> assetIds) {
        return em.createQuery("select t from TaggingTask t where t.assetId in :ids", TaggingTask.class)
                .setParameter("ids", assetIds)
                .getResultList();
    }

    /** The asset's task while it waits or after tagging gave up on it; empty once tagged. */
    public Optional<TaggingTask> find(long assetId) {
        return Optional.ofNullable(em.find(TaggingTask.class, assetId));
    }

    /**
     * For people and API clients: "waiting", "done", or "failed: " and the last error once tagging gave up. Waiting
     * embeddings alone leave an asset's tags as they are: "done".
     */
    public String state(long assetId) {
        return find(assetId)
                .filter(t -> t.getWork() == TaggingTask.Work.TAG)
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
