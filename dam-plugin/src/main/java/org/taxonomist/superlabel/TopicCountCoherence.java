package org.taxonomist.superlabel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.taxonomist.models.topics.TopicMethod;

/** How coherent the topics were with one topic count (k), measured by the job's comparison: how an admin chooses k. */
@Entity
@Table(name = "tx_topic_count_coherence")
public class TopicCountCoherence {

    @Id
    @GeneratedValue
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private TopicMethod method;

    private int topics;

    /** Mean NPMI of the topics' top terms; null when no topic had two terms. */
    private Double coherence;

    private int documents;

    @Column(nullable = false)
    private Instant measuredAt;

    protected TopicCountCoherence() {}

    TopicCountCoherence(TopicMethod method, int topics, Double coherence, int documents) {
        this.method = method;
        this.topics = topics;
        this.coherence = coherence;
        this.documents = documents;
        this.measuredAt = Instant.now();
    }

    public TopicMethod getMethod() {
        return method;
    }

    public int getTopics() {
        return topics;
    }

    public Double getCoherence() {
        return coherence;
    }

    public int getDocuments() {
        return documents;
    }

    public Instant getMeasuredAt() {
        return measuredAt;
    }
}
