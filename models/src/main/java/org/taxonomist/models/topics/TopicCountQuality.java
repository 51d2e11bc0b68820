package org.taxonomist.models.topics;

/**
 * How good the topics are for one topic count, so that an admin can choose k: the mean
 * {@linkplain Coherence NPMI coherence} of the topics' top terms (higher is better, in [−1, 1]),
 * and each topic's own figure.
 */
public record TopicCountQuality(int topics, double coherence, double[] topicCoherence) {}
