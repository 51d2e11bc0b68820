package org.taxonomist.models.topics;

/**
 * What fitting returns: the model, and each training document's topic scores (row i belongs to
 * document i, in the order given; each row sums to 1, except that NMF leaves a document no topic
 * explains at all zeros). The array is not copied.
 */
public record TopicFit(TopicModel model, float[][] documentScores) {}
