package org.taxonomist.tagging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;

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
        this.vector = toBytes(vector);
        this.pretrainedScores = toBytes(pretrainedScores);
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
        return toFloats(vector);
    }

    public float[] pretrainedScores() {
        return toFloats(pretrainedScores);
    }

    static byte[] toBytes(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }

    static float[] toFloats(byte[] bytes) {
        float[] values = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return values;
    }
}
