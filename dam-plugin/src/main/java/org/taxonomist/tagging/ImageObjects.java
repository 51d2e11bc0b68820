package org.taxonomist.tagging;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What one detector version found in one image, by content hash, like the embedding cache: an image
 * is searched for objects once, and a retag or a copy of the image pays nothing. An image with no
 * objects has its (empty) entry too, so it is not searched again.
 */
@Entity
@Table(name = "tx_image_objects", uniqueConstraints = @UniqueConstraint(columnNames = {"contentHash", "source"}))
public class ImageObjects {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 64)
    private String contentHash;

    /** The detector with its version, e.g. "human-centernet@3.3.6". */
    @Column(nullable = false, length = 300)
    private String source;

    @Column(nullable = false)
    private Instant detectedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tx_image_object")
    @OrderColumn
    private List<FoundObject> objects = new ArrayList<>();

    protected ImageObjects() {}

    ImageObjects(String contentHash, String source, List<FoundObject> objects) {
        this.contentHash = contentHash;
        this.source = source;
        this.detectedAt = Instant.now();
        this.objects = new ArrayList<>(objects);
    }

    /** Best first. */
    public List<FoundObject> objects() {
        return List.copyOf(objects);
    }
}
