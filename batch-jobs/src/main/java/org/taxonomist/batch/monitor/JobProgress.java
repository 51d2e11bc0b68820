package org.taxonomist.batch.monitor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * How far one partition of a chunked job execution got: the assets it has to go through, those
 * done (read, and tagged, filtered or skipped) and the last asset id done. Written in the chunk's
 * transaction, so it is exactly what was committed: the checkpoint a restart goes on from.
 */
@Entity
@Table(
        name = "tx_job_progress",
        uniqueConstraints = @UniqueConstraint(columnNames = {"executionId", "partitionNumber"}))
public class JobProgress {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false)
    private long executionId;

    @Column(nullable = false)
    private long instanceId;

    @Column(nullable = false)
    private int partitionNumber;

    /** How many partitions the execution had: a checkpoint only holds for the same split. */
    @Column(nullable = false)
    private int partitions;

    /** The last asset id done; null before the first chunk. */
    private Long lastId;

    private long total;

    private long done;

    @Column(nullable = false)
    private Instant startedAt;

    @Column(nullable = false)
    private Instant updatedAt;

    protected JobProgress() {}

    JobProgress(long executionId, long instanceId, int partitionNumber, int partitions, long total) {
        this.executionId = executionId;
        this.instanceId = instanceId;
        this.partitionNumber = partitionNumber;
        this.partitions = partitions;
        this.total = total;
        this.startedAt = Instant.now();
        this.updatedAt = startedAt;
    }

    void advance(long done, long lastId) {
        this.done = done;
        this.lastId = lastId;
        this.updatedAt = Instant.now();
    }

    long getTotal() {
        return total;
    }

    long getDone() {
        return done;
    }

    Instant getStartedAt() {
        return startedAt;
    }
}
