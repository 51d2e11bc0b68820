package org.taxonomist.map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * An asset tagged after a map run, placed on it among its most similar mapped assets
 * ({@link org.taxonomist.models.map.CollectionMap#position}) without recomputing the map.
 */
@Entity
@Table(
        name = "tx_map_placement",
        uniqueConstraints = @UniqueConstraint(columnNames = {"runId", "assetId"}),
        indexes = @Index(columnList = "assetId"))
public class MapPlacement {

    @Id
    @GeneratedValue
    private Long id;

    private long runId;

    private long assetId;

    private float x;

    private float y;

    @Column(nullable = false)
    private Instant placedAt;

    protected MapPlacement() {}

    MapPlacement(long runId, long assetId, float x, float y) {
        this.runId = runId;
        this.assetId = assetId;
        this.x = x;
        this.y = y;
        this.placedAt = Instant.now();
    }

    MapPoints.Point point() {
        return new MapPoints.Point(assetId, x, y);
    }

    void moveTo(float x, float y) {
        this.x = x;
        this.y = y;
        this.placedAt = Instant.now();
    }
}
