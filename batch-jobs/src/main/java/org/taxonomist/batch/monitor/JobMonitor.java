package org.taxonomist.batch.monitor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Records and reads what the Jobs page shows beyond the job repository: progress and problems. */
@ApplicationScoped
public class JobMonitor {

    @PersistenceContext
    EntityManager em;

    /**
     * Where partition {@code partition} of {@code partitions} of the job instance got to in its
     * earlier executions: the last asset id done, if any chunk was committed.
     */
    @Transactional
    public Optional<Long> checkpoint(long instanceId, int partition, int partitions) {
        return Optional.ofNullable(em.createQuery(
                        "select max(p.lastId) from JobProgress p where p.instanceId = :instance "
                                + "and p.partitionNumber = :partition and p.partitions = :partitions",
                        Long.class)
                .setParameter("instance", instanceId)
                .setParameter("partition", partition)
                .setParameter("partitions", partitions)
                .getSingleResult());
    }

    /** A partition starts (or restarts) with {@code total} assets ahead of it. */
    @Transactional
    public void start(long executionId, long instanceId, int partition, int partitions, long total) {
        find(executionId, partition).ifPresent(em::remove);
        em.flush();
        em.persist(new JobProgress(executionId, instanceId, partition, partitions, total));
    }

    /** Joins the chunk's transaction: the figures commit with the chunk's work. */
    @Transactional
    public void advance(long executionId, int partition, long done, long lastId) {
        find(executionId, partition).ifPresent(p -> p.advance(done, lastId));
    }

    /**
     * Records a problem: a skipped asset ({@code assetId}), a skipped manifest row ({@code line}),
     * or neither (a step's failure, a remark on a whole manifest).
     */
    @Transactional
    public void problem(long executionId, Long assetId, Integer line, String reason) {
        em.persist(new JobProblem(executionId, assetId, line, reason == null ? "(no message)" : reason));
    }

    /** An import row whose image the DAM already held: merged into that asset, not stored twice. */
    @Transactional
    public void merged(long executionId, int line, long assetId, String fileName) {
        em.persist(new JobProblem(
                executionId,
                assetId,
                line,
                fileName + ": same image as asset " + assetId + ", the row's terms added there"));
    }

    /** The execution's progress; empty for a job that reports none (batchlets) or has not started one. */
    public Optional<Progress> progress(long executionId) {
        List<JobProgress> parts = em.createQuery(
                        "select p from JobProgress p where p.executionId = :id", JobProgress.class)
                .setParameter("id", executionId)
                .getResultList();
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        long total = parts.stream().mapToLong(JobProgress::getTotal).sum();
        long done = parts.stream().mapToLong(JobProgress::getDone).sum();
        Instant started = parts.stream()
                .map(JobProgress::getStartedAt)
                .min(Instant::compareTo)
                .orElseThrow();
        Instant updated = em.createQuery(
                        "select max(p.updatedAt) from JobProgress p where p.executionId = :id", Instant.class)
                .setParameter("id", executionId)
                .getSingleResult();
        return Optional.of(new Progress(total, done, problemCount(executionId, true), started, updated));
    }

    public List<JobProblem> problems(long executionId, int limit) {
        return em.createQuery("select p from JobProblem p where p.executionId = :id order by p.id", JobProblem.class)
                .setParameter("id", executionId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Why the execution failed, as its failed step recorded it (a problem of no asset and no row), if it did. */
    public Optional<String> failureReason(long executionId) {
        return em.createQuery(
                        "select p.reason from JobProblem p where p.executionId = :id and p.assetId is null"
                                + " and p.line is null order by p.id desc",
                        String.class)
                .setParameter("id", executionId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * Problems of the execution: skipped items (assets, rows) only, or all but merged rows. A transaction of its own
     * when called outside one (a batchlet).
     */
    @Transactional
    public long problemCount(long executionId, boolean skippedOnly) {
        return count(
                executionId,
                JobProblem.NOT_MERGED + (skippedOnly ? " and (p.assetId is not null or p.line is not null)" : ""));
    }

    /** The import rows merged into assets that already held their image. */
    @Transactional
    public long mergedCount(long executionId) {
        return count(executionId, "not (" + JobProblem.NOT_MERGED + ")");
    }

    /** The import's skipped rows, by line. */
    public List<JobProblem> skippedRows(long executionId) {
        return em.createQuery(
                        "select p from JobProblem p where p.executionId = :id and p.line is not null"
                                + " and p.assetId is null order by p.line",
                        JobProblem.class)
                .setParameter("id", executionId)
                .getResultList();
    }

    private long count(long executionId, String condition) {
        return em.createQuery(
                        "select count(p) from JobProblem p where p.executionId = :id and " + condition, Long.class)
                .setParameter("id", executionId)
                .getSingleResult();
    }

    private Optional<JobProgress> find(long executionId, int partition) {
        return em.createQuery(
                        "select p from JobProgress p where p.executionId = :id and p.partitionNumber = :partition",
                        JobProgress.class)
                .setParameter("id", executionId)
                .setParameter("partition", partition)
                .getResultStream()
                .findFirst();
    }
}
