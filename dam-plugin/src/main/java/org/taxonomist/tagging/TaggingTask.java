package org.taxonomist.tagging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An asset waiting to be tagged. Written in the upload's own transaction and deleted only once
 * its suggestions are stored, so a crash between the two never loses the asset.
 */
@Entity
@Table(name = "tx_tagging_task")
public class TaggingTask {

    static final int MAX_ATTEMPTS = 3;

    @Id
    private Long assetId;

    @Column(nullable = false)
    private Instant enqueuedAt;

    private int attempts;

    @Column(length = 2000)
    private String lastError;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Work work;

    /** The server that tags it ({@code ServerNodes}); none until one claims it. */
    @Column(length = 64)
    private String claimedBy;

    /** What is to be done to the asset. */
    public enum Work {
        /** Embed and tag it, as after an upload. */
        TAG,
        /** Only compute and keep the embeddings it lacks (the {@code embed} job's share). */
        EMBED
    }

    protected TaggingTask() {}

    TaggingTask(long assetId, Work work, String claimedBy) {
        this.assetId = assetId;
        this.work = work;
        this.enqueuedAt = Instant.now();
        this.claimedBy = claimedBy;
    }

    void claim(String nodeId) {
        claimedBy = nodeId;
    }

    void failed(String error) {
        attempts++;
        lastError = error == null ? "unknown error" : error.length() > 2000 ? error.substring(0, 2000) : error;
    }

    public boolean givenUp() {
        return attempts >= MAX_ATTEMPTS;
    }

    public Long getAssetId() {
        return assetId;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Work getWork() {
        return work;
    }

    public String getClaimedBy() {
        return claimedBy;
    }
}
