package org.taxonomist.head;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import org.taxonomist.models.head.Head;

/** One version of the head of one taxonomy field; exactly one version per field is active. */
@Entity
@Table(name = "tx_trained_head", uniqueConstraints = @UniqueConstraint(columnNames = {"fieldName", "version"}))
public class TrainedHead {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false)
    private String fieldName;

    private int version;

    /** Backbone whose embeddings the head was trained on, e.g. "nsfwjs-mobilenet_v2@4.3.0". */
    @Column(nullable = false, length = 200)
    private String backbone;

    @Lob
    @Column(nullable = false)
    private byte[] model;

    /** Terms trained, joined by '|', for display without loading the model. */
    @Column(nullable = false, length = 4000)
    private String terms;

    /** Terms left out because they had too few labelled assets, joined by '|'. */
    @Column(length = 4000)
    private String needsMoreData;

    private int trainingSize;

    @Column(nullable = false)
    private Instant trainedAt;

    private boolean active;

    protected TrainedHead() {
    }

    TrainedHead(String fieldName, int version, String backbone, Head head, String needsMoreData, int trainingSize) {
        this.fieldName = fieldName;
        this.version = version;
        this.backbone = backbone;
        this.model = head.toBytes();
        this.terms = String.join("|", head.terms());
        this.needsMoreData = needsMoreData;
        this.trainingSize = trainingSize;
        this.trainedAt = Instant.now();
    }

    Head head() {
        return Head.fromBytes(model);
    }

    /** How suggestions from this head name their source. */
    public String source() {
        return "head:" + fieldName + " v" + version + " on " + backbone;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getFieldName() {
        return fieldName;
    }

    public int getVersion() {
        return version;
    }

    public String getBackbone() {
        return backbone;
    }

    public String getTerms() {
        return terms;
    }

    public String getNeedsMoreData() {
        return needsMoreData;
    }

    public int getTrainingSize() {
        return trainingSize;
    }

    public Instant getTrainedAt() {
        return trainedAt;
    }

    public boolean isActive() {
        return active;
    }
}
