package org.taxonomist.suggestion;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import org.taxonomist.decision.Decision;
import org.taxonomist.decision.Review;
import org.taxonomist.decision.ReviewQueue;
import org.taxonomist.decision.ReviewStatus;

/**
 * A term proposed for an asset's field, with the model's confidence and where it came from.
 * Kept apart from the DAM's own values until a librarian approves it; the decision is
 * remembered, so a rejected term is never proposed again for the same asset.
 */
@Entity
@Table(
        name = "tx_suggestion",
        uniqueConstraints = @UniqueConstraint(columnNames = {"assetId", "fieldName", "term"}),
        indexes = @Index(columnList = "status"))
public class Suggestion implements ReviewQueue.Entry {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false)
    private long assetId;

    @Column(nullable = false)
    private String fieldName;

    @Column(nullable = false)
    private String term;

    private double confidence;

    /** The model that proposed it, with its version, e.g. "model:Subject v2" or "nsfwjs-mobilenet_v2@4.3.0". */
    @Column(nullable = false, length = 300)
    private String source;

    @Embedded
    private Review review = new Review();

    @Column(nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Suggestion() {}

    Suggestion(long assetId, String fieldName, String term, double confidence, String source) {
        this.assetId = assetId;
        this.fieldName = fieldName;
        this.term = term;
        this.confidence = confidence;
        this.source = source;
        this.createdAt = Instant.now();
    }

    /** See {@link Review#decide}. */
    boolean decide(Decision decision, String user) {
        return review.decide(decision, user, "Suggestion " + id);
    }

    /** The model applies it without a librarian; only a pending suggestion can be. Returns whether it now is applied. */
    public boolean applyAutomatically() {
        return review.applyAutomatically(source);
    }

    /** A person undid the change that applied it: it counts as rejected from now on. */
    void withdraw(String user) {
        review.withdraw(user);
    }

    void refresh(double newConfidence, String newSource) {
        if (review.getStatus() == ReviewStatus.PENDING) {
            confidence = newConfidence;
            source = newSource;
        }
    }

    public Long getId() {
        return id;
    }

    public long getAssetId() {
        return assetId;
    }

    public String getField() {
        return fieldName;
    }

    public String getTerm() {
        return term;
    }

    public double getConfidence() {
        return confidence;
    }

    public String getSource() {
        return source;
    }

    @Override
    public ReviewStatus getStatus() {
        return review.getStatus();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getDecidedBy() {
        return review.getDecidedBy();
    }

    public Instant getDecidedAt() {
        return review.getDecidedAt();
    }
}
