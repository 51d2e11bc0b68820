package org.taxonomist.tagging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import org.taxonomist.models.backbone.EmbeddingBytes;

/** A backbone's output for one image, kept so that no image is ever embedded twice by the same backbone. */
@Entity
@Table(name = "tx_embedding", uniqueConstraints = @UniqueConstraint(columnNames = {"contentHash", "backbone"}))
public class CachedEmbedding {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 64)
    private String contentHash;

    /** Backbone id and version, e.g. "nsfwjs-mobilenet_v2@4.3.0". */
    @Column(nullable = false, length = 200)
    private String backbone;

    @Lob
    @Column(nullable = false)
    private byte[] vector;

    @Lob
    private byte[] pretrainedScores;

    @Column(nullable = false)
    private Instant createdAt;

    protected CachedEmbedding() {}

    CachedEmbedding(String contentHash, String backbone, float[] vector, float[] pretrainedScores) {
        this.contentHash = contentHash;
        this.backbone = backbone;
        this.vector = EmbeddingBytes.of(vector);
        this.pretrainedScores = EmbeddingBytes.of(pretrainedScores);
        this.createdAt = Instant.now();
    }

    /** Computed, not yet saved. */
    boolean isNew() {
        return id == null;
    }

    public String backbone() {
        return backbone;
    }

    public float[] vector() {
        return EmbeddingBytes.floats(vector);
    }

    public float[] pretrainedScores() {
        return EmbeddingBytes.floats(pretrainedScores);
    }
}
