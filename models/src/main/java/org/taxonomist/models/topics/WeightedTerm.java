package org.taxonomist.models.topics;

/**
 * A term and its weight in one topic: its share of the topic (the topic's weights over the whole
 * vocabulary sum to 1, for LDA and NMF alike).
 */
public record WeightedTerm(String term, float weight) {}
