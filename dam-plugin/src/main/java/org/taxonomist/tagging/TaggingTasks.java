package org.taxonomist.tagging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The durable list of assets waiting to be tagged. */
@ApplicationScoped
public class TaggingTasks {

    @PersistenceContext
    EntityManager em;

    /** Joins the caller's transaction: the upload and its task commit or roll back together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(long assetId) {
        em.persist(new TaggingTask(assetId));
    }

    /** Queues the assets to be tagged again, in one transaction: those with a task already (waiting, or given up) are left as they are; the ids queued. */
    @Transactional
    public List<Long> addAll(Collection<Long> assetIds) {
        List<Long> added = new ArrayList<>();
        for (long assetId : assetIds) {
            if (em.find(TaggingTask.class, assetId) == null) {
                em.persist(new TaggingTask(assetId));
                added.add(assetId);
            }
        }
        return added;
    }

    /** The oldest waiting tasks (not given up), at most {@code limit}. */
    public List<Long> pending(int limit) {
        return em.createQuery(
                        "select t.assetId from TaggingTask t where t.attempts < :max order by t.enqueuedAt", Long.class)
                .setParameter("max", TaggingTask.MAX_ATTEMPTS)
                .setMaxResults(limit)
                .getResultList();
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

    @Transactional
    public void finished(long assetId) {
        TaggingTask task = em.find(TaggingTask.class, assetId);
        if (task != null) {
            em.remove(task);
        }
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
