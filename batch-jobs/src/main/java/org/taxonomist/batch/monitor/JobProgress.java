package org.taxonomist.batch.monitor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * How far one partition of a chunked job execution got: the assets it has to go through and those
 * done (read, and tagged, filtered or skipped). Written with the chunk, so it is what was committed.
 */
@Entity
@Table(name = "tx_job_progress", uniqueConstraints = @UniqueConstraint(columnNames = {"executionId", "partitionNumber"}))
public class JobProgress {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false)
    private long executionId;

    @Column(nullable = false)
    private int partitionNumber;

    private long total;

    private long done;

    @Column(nullable = false)
    private Instant startedAt;

    @Column(nullable = false)
    private Instant updatedAt;

    protected JobProgress() {
    }

    JobProgress(long executionId, int partitionNumber, long total) {
        this.executionId = executionId;
        this.partitionNumber = partitionNumber;
        this.total = total;
        this.startedAt = Instant.now();
        this.updatedAt = startedAt;
    }

    void advance(long done) {
        this.done = done;
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
