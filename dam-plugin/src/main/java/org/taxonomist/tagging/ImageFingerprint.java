package org.taxonomist.tagging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An image's 64-bit perceptual hash ({@link org.taxonomist.models.duplicates.PerceptualHash}), kept by content hash
 * beside its embeddings and computed with them, from the same decoded picture: what tells a near-duplicate from
 * another shot of the same subject.
 */
@Entity
@Table(name = "tx_image_fingerprint")
public class ImageFingerprint {

    @Id
    @Column(length = 64)
    private String contentHash;

    private long perceptualHash;

    protected ImageFingerprint() {}

    public ImageFingerprint(String contentHash, long perceptualHash) {
        this.contentHash = contentHash;
        this.perceptualHash = perceptualHash;
    }

    public String getContentHash() {
        return contentHash;
    }

    public long getPerceptualHash() {
        return perceptualHash;
    }
}
