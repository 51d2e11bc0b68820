package org.taxonomist.correction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.taxonomist.dam.TermList;
import org.taxonomist.decision.Decision;
import org.taxonomist.decision.DecisionRule;

/**
 * A change of an asset's existing terms proposed by the label-noise audit: the terms it has, the
 * terms the audit's models would give it, and how suspicious the current ones look. A librarian
 * approves it (the field then holds the proposed terms, with history) or rejects it.
 */
@Entity
@Table(name = "tx_correction", indexes = {@Index(columnList = "fieldName,status"), @Index(columnList = "assetId")})
public class Correction {

    @Id
    @GeneratedValue
    private Long id;

    private long assetId;

    @Column(nullable = false)
    private String fieldName;

    /** Terms joined by '|'. */
    @Column(nullable = false, length = 4000)
    private String currentTerms;

    @Column(nullable = false, length = 4000)
    private String proposedTerms;

    /** Suspicion of the current terms, in [0, 1], higher first. */
    private double score;

    /** mse, worst or confident. */
    @Column(nullable = false, length = 16)
    private String method;

    /** The audit that proposed it: its job execution and the models it trained. */
    @Column(nullable = false, length = 500)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CorrectionStatus status = CorrectionStatus.PENDING;

    @Column(nullable = false)
    private Instant createdAt;

    private String decidedBy;
    private Instant decidedAt;

    /** The field change an approval made (undoable through the history). */
    private Long changeId;

    @Version
    private long version;

    protected Correction() {
    }

    Correction(long assetId, String fieldName, List<String> currentTerms, List<String> proposedTerms, double score,
               String method, String source) {
        this.assetId = assetId;
        this.fieldName = fieldName;
        this.currentTerms = TermList.join(currentTerms);
        this.proposedTerms = TermList.join(proposedTerms);
        this.score = score;
        this.method = method;
        this.source = source;
        this.createdAt = Instant.now();
    }

    /** Records a decision; deciding the same way twice is harmless, changing a decision is not allowed. */
    boolean decide(Decision decision, String user) {
        CorrectionStatus target = decision == Decision.APPROVE ? CorrectionStatus.APPROVED : CorrectionStatus.REJECTED;
        if (!DecisionRule.mayDecide(status, target, CorrectionStatus.PENDING, "Correction " + id, decidedBy, decidedAt)) {
            return false;
        }
        status = target;
        decidedBy = user;
        decidedAt = Instant.now();
        return true;
    }

    void appliedBy(long fieldChangeId) {
        changeId = fieldChangeId;
    }

    /** Its change was undone: the librarian thought better of it, so it counts as rejected from now on. */
    void withdraw(String user) {
        status = CorrectionStatus.REJECTED;
        decidedBy = user;
        decidedAt = Instant.now();
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

    public List<String> getCurrentTerms() {
        return TermList.split(currentTerms);
    }

    public List<String> getProposedTerms() {
        return TermList.split(proposedTerms);
    }

    public List<String> getRemovedTerms() {
        return getCurrentTerms().stream().filter(t -> !getProposedTerms().contains(t)).toList();
    }

    public List<String> getAddedTerms() {
        return getProposedTerms().stream().filter(t -> !getCurrentTerms().contains(t)).toList();
    }

    public double getScore() {
        return score;
    }

    public String getMethod() {
        return method;
    }

    public String getSource() {
        return source;
    }

    public CorrectionStatus getStatus() {
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

    public Long getChangeId() {
        return changeId;
    }
}
