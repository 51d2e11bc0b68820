package org.taxonomist.models.topics;

/** How super-labels are found: a probabilistic topic model or a matrix factorisation. */
public enum TopicMethod {
    /** Latent Dirichlet allocation, MALLET's Gibbs sampler ({@code ParallelTopicModel}). */
    LDA,
    /** Non-negative matrix factorisation of the binary document-term matrix (HALS, pure Java). */
    NMF
}
