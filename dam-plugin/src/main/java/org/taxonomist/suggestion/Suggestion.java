package org.taxonomist.suggestion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import org.taxonomist.decision.Decision;
import org.taxonomist.decision.DecisionRule;

/**
 * A term proposed for an asset's field, with the model's confidence and where it came from.
 * Kept apart from the DAM's own values until a librarian approves it; the decision is
 * remembered, so a rejected term is never proposed again for the same asset.
 */
@Entity
@Table(name = "tx_suggestion",
        uniqueConstraints = @UniqueConstraint(columnNames = {"assetId", "fieldName", "term"}),
        indexes = @Index(columnList = "status"))
public class Suggestion {

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SuggestionStatus status = SuggestionStatus.PENDING;

    @Column(nullable = false)
    private Instant createdAt;

    private String decidedBy;
    private Instant decidedAt;

    @Version
    private long version;

    protected Suggestion() {
    }

    Suggestion(long assetId, String fieldName, String term, double confidence, String source) {
        this.assetId = assetId;
        this.fieldName = fieldName;
        this.term = term;
        this.confidence = confidence;
        this.source = source;
        this.createdAt = Instant.now();
    }

    /** Applies a decision; deciding the same way twice is harmless, changing a decision is not allowed. */
    boolean decide(Decision decision, String user) {
        SuggestionStatus target = decision == Decision.APPROVE ? SuggestionStatus.APPROVED : SuggestionStatus.REJECTED;
        if (!DecisionRule.mayDecide(status, target, SuggestionStatus.PENDING, "Suggestion " + id, decidedBy, decidedAt)) {
            return false;
        }
        status = target;
        decidedBy = user;
        decidedAt = Instant.now();
        return true;
    }

    /** The model applies it without a librarian; only a pending suggestion can be. Returns whether it now is applied. */
    public boolean applyAutomatically() {
        if (status == SuggestionStatus.PENDING) {
            status = SuggestionStatus.AUTOMATIC;
            decidedBy = source;
            decidedAt = Instant.now();
        }
        return status == SuggestionStatus.AUTOMATIC || status == SuggestionStatus.APPROVED;
    }

    /** A person undid the automatic change that applied it: it counts as rejected from now on. */
    void withdraw(String user) {
        if (status == SuggestionStatus.AUTOMATIC) {
            status = SuggestionStatus.REJECTED;
            decidedBy = user;
            decidedAt = Instant.now();
        }
    }

    void refresh(double newConfidence, String newSource) {
        if (status == SuggestionStatus.PENDING) {
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

    public SuggestionStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
