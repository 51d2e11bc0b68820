package org.taxonomist.superlabel;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * An asset's share in a super-label's topic, from the last run. Only shares of at least
 * {@link #FLOOR} are kept: an asset has a handful of topics worth mentioning, and 100,000 assets
 * times 30 topics would otherwise be three million rows.
 */
@Entity
@Table(
        name = "tx_super_label_score",
        indexes = {@Index(columnList = "superLabelId,score"), @Index(columnList = "assetId")})
public class SuperLabelScore {

    public static final double FLOOR = 0.1;

    @Id
    @GeneratedValue
    private Long id;

    private long assetId;

    private long superLabelId;

    private double score;

    protected SuperLabelScore() {}

    SuperLabelScore(long assetId, long superLabelId, double score) {
        this.assetId = assetId;
        this.superLabelId = superLabelId;
        this.score = score;
    }

    public long getAssetId() {
        return assetId;
    }

    public long getSuperLabelId() {
        return superLabelId;
    }

    public double getScore() {
        return score;
    }
}
