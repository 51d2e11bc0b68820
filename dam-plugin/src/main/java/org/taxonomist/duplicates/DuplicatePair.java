package org.taxonomist.duplicates;

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
 * Two assets found to be the same picture (re-encoded, resized, cropped a little, recoloured, watermarked): the
 * near-duplicate tier, between exact copies (same bytes, refused at upload) and similar images (another shot, never
 * called a duplicate). Found once per pair, by the newer asset's check; its {@link Review} remembers the librarian's
 * answer: approved, they are duplicates (merged into one of them); rejected, they are not ("keep all"). A decided
 * pair is never proposed again, so a new member of a group reopens only its own pairs.
 */
@Entity
@Table(
        name = "tx_duplicate_pair",
        uniqueConstraints = @UniqueConstraint(columnNames = {"firstAsset", "secondAsset"}),
        indexes = {@Index(columnList = "status"), @Index(columnList = "secondAsset")})
public class DuplicatePair implements ReviewQueue.Entry {

    @Id
    @GeneratedValue
    private Long id;

    /** The older asset (the lower id). */
    private long firstAsset;

    private long secondAsset;

    /** Bits in which the perceptual hashes differ, of 64. */
    private int hashDistance;

    /** Of the default backbone's embeddings. */
    private double cosine;

    @Column(nullable = false)
    private Instant foundAt;

    @Embedded
    private Review review = new Review();

    /** The asset the pair was merged into, when a librarian approved it that way. */
    private Long keptAsset;

    @Version
    private long version;

    protected DuplicatePair() {}

    public DuplicatePair(long oneAsset, long otherAsset, int hashDistance, double cosine) {
        if (oneAsset == otherAsset) {
            throw new IllegalArgumentException("An asset is no duplicate of itself: " + oneAsset);
        }
        this.firstAsset = Math.min(oneAsset, otherAsset);
        this.secondAsset = Math.max(oneAsset, otherAsset);
        this.hashDistance = hashDistance;
        this.cosine = cosine;
        this.foundAt = Instant.now();
    }

    /**
     * Records the decision; {@code keptAsset} names the asset the others were merged into (null for "not duplicates").
     * See {@link Review#decide}.
     */
    boolean decide(Decision decision, Long keptAsset, String user) {
        boolean decided = review.decide(decision, user, "Duplicate pair " + id);
        if (decided) {
            this.keptAsset = keptAsset;
        }
        return decided;
    }

    public Long getId() {
        return id;
    }

    public long getFirstAsset() {
        return firstAsset;
    }

    public long getSecondAsset() {
        return secondAsset;
    }

    public int getHashDistance() {
        return hashDistance;
    }

    public double getCosine() {
        return cosine;
    }

    @Override
    public ReviewStatus getStatus() {
        return review.getStatus();
    }
}
