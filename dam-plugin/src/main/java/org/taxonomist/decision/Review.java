package org.taxonomist.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Locale;

/**
 * The review state every queue entry (suggestion, correction) carries: its status and who decided it when.
 * Deciding the same way twice is harmless; changing a decision is refused, naming who decided and when.
 * Its columns are the entry table's own: status, decidedBy, decidedAt.
 */
@Embeddable
public class Review {

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ReviewStatus status = ReviewStatus.PENDING;

    private String decidedBy;
    private Instant decidedAt;

    /**
     * @param what how a refusal names the entry, e.g. "Suggestion 12"
     * @return whether the status changed (false: it was already decided this way)
     * @throws DecisionConflictException when it was decided otherwise before
     */
    public boolean decide(Decision decision, String user, String what) {
        ReviewStatus target = decision == Decision.APPROVE ? ReviewStatus.APPROVED : ReviewStatus.REJECTED;
        if (status == target) {
            return false;
        }
        if (status != ReviewStatus.PENDING) {
            throw new DecisionConflictException(what + " was already "
                    + status.name().toLowerCase(Locale.ROOT) + " by " + decidedBy + " at " + decidedAt + ".");
        }
        record(target, user);
        return true;
    }

    /** The model applies a pending entry itself, under its own name. Returns whether the entry now is applied. */
    public boolean applyAutomatically(String model) {
        if (status == ReviewStatus.PENDING) {
            record(ReviewStatus.AUTOMATIC, model);
        }
        return isApplied();
    }

    /** A person undid the change that applied the entry: it counts as rejected from now on, so it is not proposed again. */
    public void withdraw(String user) {
        if (isApplied()) {
            record(ReviewStatus.REJECTED, user);
        }
    }

    public boolean isApplied() {
        return status == ReviewStatus.APPROVED || status == ReviewStatus.AUTOMATIC;
    }

    private void record(ReviewStatus newStatus, String user) {
        status = newStatus;
        decidedBy = user;
        decidedAt = Instant.now();
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
