package org.taxonomist.superlabel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.taxonomist.models.topics.TopicMethod;
import org.taxonomist.models.topics.TopicModel;

/**
 * The topic model of the last run (one row): how it was fitted, how coherent it is, and the model
 * itself, which scores assets added or relabelled since (asset page, "more like this").
 */
@Entity
@Table(name = "tx_topic_model")
public class StoredTopicModel {

    @Id
    @GeneratedValue
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private TopicMethod method;

    private int topics;

    private long seed;

    /** Assets with terms that it was fitted on. */
    private int documents;

    /** Mean NPMI coherence of its topics; null when no topic has two terms. */
    private Double coherence;

    @Column(nullable = false)
    private Instant fittedAt;

    @Column(nullable = false)
    private String fittedBy;

    @Lob
    @Column(nullable = false)
    private byte[] model;

    /** The super-label of each topic, ids joined by ',' ('-' for a topic without assets): see {@link TopicGroups}. */
    @Column(nullable = false, length = 4000)
    private String superLabels;

    protected StoredTopicModel() {}

    StoredTopicModel(TopicModel fitted, Long[] superLabelOfTopic, int documents, Double coherence, String fittedBy) {
        this.method = fitted.method();
        this.topics = fitted.topics();
        this.seed = fitted.seed();
        this.documents = documents;
        this.coherence = coherence;
        this.fittedBy = fittedBy;
        this.fittedAt = Instant.now();
        this.model = fitted.toBytes();
        this.superLabels = Arrays.stream(superLabelOfTopic)
                .map(id -> id == null ? "-" : id.toString())
                .collect(Collectors.joining(","));
    }

    TopicModel model() {
        return TopicModel.fromBytes(model);
    }

    /** Topic scores (one per topic of the model) as super-label id → score: a topic's share goes to its super-label. */
    Map<Long, Double> bySuperLabel(float[] topicScores) {
        String[] ids = superLabels.split(",");
        Map<Long, Double> scores = new HashMap<>();
        for (int k = 0; k < ids.length && k < topicScores.length; k++) {
            if (!ids[k].equals("-")) {
                scores.merge(Long.valueOf(ids[k]), (double) topicScores[k], Double::sum);
            }
        }
        return scores;
    }

    public Long getId() {
        return id;
    }

    public TopicMethod getMethod() {
        return method;
    }

    public int getTopics() {
        return topics;
    }

    public long getSeed() {
        return seed;
    }

    public int getDocuments() {
        return documents;
    }

    public Double getCoherence() {
        return coherence;
    }

    public Instant getFittedAt() {
        return fittedAt;
    }

    public String getFittedBy() {
        return fittedBy;
    }
}
