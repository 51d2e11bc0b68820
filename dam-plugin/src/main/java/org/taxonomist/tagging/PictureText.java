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
 * The text one OCR version read in one asset's image, kept per asset (searches find assets by it)
 * with the content hash it was read from, so a changed image is read again. An image without text
 * has its (empty) entry too, so it is not read again.
 */
@Entity
@Table(name = "tx_picture_text", uniqueConstraints = @UniqueConstraint(columnNames = {"assetId", "source"}))
public class PictureText {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false)
    private long assetId;

    @Column(nullable = false, length = 64)
    private String contentHash;

    /** The OCR models with their version, e.g. "paddleocr-v4@1.4.2". */
    @Column(nullable = false, length = 300)
    private String source;

    @Column(nullable = false)
    private Instant readAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tx_picture_text_line")
    @OrderColumn
    private List<ReadLine> lines = new ArrayList<>();

    protected PictureText() {}

    PictureText(long assetId, String contentHash, String source, List<ReadLine> lines) {
        this.assetId = assetId;
        this.contentHash = contentHash;
        this.source = source;
        this.readAt = Instant.now();
        this.lines = new ArrayList<>(lines);
    }

    public String contentHash() {
        return contentHash;
    }

    /** Top to bottom, then left to right. */
    public List<ReadLine> lines() {
        return List.copyOf(lines);
    }
}
