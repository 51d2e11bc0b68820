package org.taxonomist.map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One run of the {@code map} job: the backbone whose embeddings were projected, the projection's parameters and
 * what it took; its places are {@link MapRunPoints}. Runs are kept: a map a librarian worked from stays readable
 * after the next.
 */
@Entity
@Table(name = "tx_map_run")
public class MapRun {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 300)
    private String backbone;

    /** e.g. "UMAP, 15 neighbours, min. distance 0.1, after PCA to 50 components, on unit vectors". */
    @Column(nullable = false, length = 500)
    private String method;

    private long seed;

    /** Mapped assets. */
    private int assets;

    /** Assets left out because their image could not be read. */
    private int skipped;

    /** Seconds the projection took. */
    private double seconds;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private String createdBy;

    protected MapRun() {}

    MapRun(String backbone, String method, long seed, int assets, int skipped, double seconds, String createdBy) {
        this.backbone = backbone;
        this.method = method;
        this.seed = seed;
        this.assets = assets;
        this.skipped = skipped;
        this.seconds = seconds;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getBackbone() {
        return backbone;
    }

    public String getMethod() {
        return method;
    }

    public long getSeed() {
        return seed;
    }

    public int getAssets() {
        return assets;
    }

    public int getSkipped() {
        return skipped;
    }

    public double getSeconds() {
        return seconds;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
