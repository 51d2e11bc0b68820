package org.taxonomist.correction;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.taxonomist.dam.TermList;
import org.taxonomist.decision.Decision;
import org.taxonomist.decision.Review;
import org.taxonomist.decision.ReviewQueue;
import org.taxonomist.decision.ReviewStatus;

/**
 * A change of an asset's existing terms proposed by the label-noise audit: the terms it has, the
 * terms the audit's models would give it, and how suspicious the current ones look. A librarian
 * approves it (the field then holds the proposed terms, with history) or rejects it.
 */
@Entity
@Table(
        name = "tx_correction",
        indexes = {@Index(columnList = "fieldName,status"), @Index(columnList = "assetId")})
public class Correction implements ReviewQueue.Entry {

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

    @Embedded
    private Review review = new Review();

    @Column(nullable = false)
    private Instant createdAt;

    /** The field change an approval made (undoable through the history). */
    private Long changeId;

    /** The terms a librarian fixed the asset to instead of the proposed ones, joined by '|'; null when approved as proposed. */
    @Column(length = 4000)
    private String appliedTerms;

    @Column(length = 4000)
    private String termProbabilities;

    @Column(length = 1000)
    private String neighbourIds;

    private int scoreRank;

    private int rankedAssets;

    @Version
    private long version;

    protected Correction() {}

    Correction(
            long assetId,
            String fieldName,
            List<String> currentTerms,
            List<String> proposedTerms,
            double score,
            String method,
            String source,
            Evidence evidence) {
        this.assetId = assetId;
        this.fieldName = fieldName;
        this.currentTerms = TermList.join(currentTerms);
        this.proposedTerms = TermList.join(proposedTerms);
        this.score = score;
        this.method = method;
        this.source = source;
        this.createdAt = Instant.now();
        this.termProbabilities = evidence.storedProbabilities();
        this.neighbourIds = evidence.storedNeighbours();
        this.scoreRank = evidence.rank();
        this.rankedAssets = evidence.ranked();
    }

    /** See {@link Review#decide}. */
    boolean decide(Decision decision, String user) {
        return review.decide(decision, user, "Correction " + id);
    }

    void appliedBy(long fieldChangeId, List<String> terms) {
        changeId = fieldChangeId;
        appliedTerms = terms.equals(getProposedTerms()) ? null : TermList.join(terms);
    }

    /** Its change was undone: the librarian thought better of it, so it counts as rejected from now on. */
    void withdraw(String user) {
        review.withdraw(user);
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
        return getCurrentTerms().stream()
                .filter(t -> !getProposedTerms().contains(t))
                .toList();
    }

    public List<String> getAddedTerms() {
        return getProposedTerms().stream()
                .filter(t -> !getCurrentTerms().contains(t))
                .toList();
    }

    /** The terms a librarian fixed the asset to instead of the proposed ones; empty when approved as proposed or undecided. */
    public List<String> getFixedTo() {
        return appliedTerms == null ? List.of() : TermList.split(appliedTerms);
    }

    public Evidence getEvidence() {
        return Evidence.stored(termProbabilities, scoreRank, rankedAssets, neighbourIds);
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

    public Long getChangeId() {
        return changeId;
    }
}
