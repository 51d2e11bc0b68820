package org.taxonomist.map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * A map run's places, kept apart from the run so that listing runs never reads them: every mapped asset in one
 * value, as {@link MapPoints} bytes (16 an asset, 1.6 MB at 100,000 assets), as the map is only ever read whole.
 */
@Entity
@Table(name = "tx_map_run_points")
public class MapRunPoints {

    /** The run's id. */
    @Id
    private Long runId;

    @Lob
    @Column(nullable = false)
    private byte[] points;

    protected MapRunPoints() {}

    MapRunPoints(long runId, MapPoints points) {
        this.runId = runId;
        this.points = points.toBytes();
    }

    MapPoints points() {
        return MapPoints.fromBytes(points);
    }
}
