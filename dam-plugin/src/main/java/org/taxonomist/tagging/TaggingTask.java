package org.taxonomist.tagging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

    /** The server that tags it ({@code ServerNodes}); none until one claims it. */
    @Column(length = 64)
    private String claimedBy;

    protected TaggingTask() {}

    TaggingTask(long assetId, String claimedBy) {
        this.assetId = assetId;
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

    public String getClaimedBy() {
        return claimedBy;
    }
}
