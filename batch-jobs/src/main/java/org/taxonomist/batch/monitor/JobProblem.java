package org.taxonomist.batch.monitor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a job execution could not do: an asset it skipped (and why), or the error a step failed with. */
@Entity
@Table(name = "tx_job_problem")
public class JobProblem {

    static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false)
    private long executionId;

    /** The skipped asset; null for a step's failure. */
    private Long assetId;

    @Column(nullable = false, length = MAX_REASON)
    private String reason;

    @Column(nullable = false)
    private Instant recordedAt;

    protected JobProblem() {
    }

    JobProblem(long executionId, Long assetId, String reason) {
        this.executionId = executionId;
        this.assetId = assetId;
        this.reason = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON - 1) + "…" : reason;
        this.recordedAt = Instant.now();
    }

    public Long getAssetId() {
        return assetId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
