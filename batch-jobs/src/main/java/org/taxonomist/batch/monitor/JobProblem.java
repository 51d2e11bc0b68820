package org.taxonomist.batch.monitor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What a job execution could not do: an asset or a manifest row it skipped (and why), or the error
 * a step failed with; and an import's rows merged into an asset that already held their image
 * (the only problems with both a line and an asset).
 */
@Entity
@Table(name = "tx_job_problem")
public class JobProblem {

    static final int MAX_REASON = 1000;

    /** JPQL: problems other than merged rows. */
    static final String NOT_MERGED = "(p.line is null or p.assetId is null)";

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false)
    private long executionId;

    /** The skipped asset, if the problem is about one. */
    private Long assetId;

    /** The skipped row of an import's manifest, if the problem is about one. */
    private Integer line;

    @Column(nullable = false, length = MAX_REASON)
    private String reason;

    @Column(nullable = false)
    private Instant recordedAt;

    protected JobProblem() {}

    JobProblem(long executionId, Long assetId, Integer line, String reason) {
        this.executionId = executionId;
        this.assetId = assetId;
        this.line = line;
        this.reason = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON - 1) + "…" : reason;
        this.recordedAt = Instant.now();
    }

    /** An import row merged into the asset that already held its image: a note, not a skip. */
    public boolean isMerged() {
        return line != null && assetId != null;
    }

    public Long getAssetId() {
        return assetId;
    }

    public Integer getLine() {
        return line;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
