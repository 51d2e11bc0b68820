package org.taxonomist.dam.reference;

import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.search.engine.backend.types.VectorSimilarity;

/**
 * Where the asset index lives, as the server was started ({@code hibernate.search.backend.type}, lucene by default:
 * {@code hibernate.properties}).
 */
enum SearchBackend {
    /** The embedded Lucene index in the server's home folder: one server per database. */
    LUCENE,
    /**
     * An OpenSearch (or Elasticsearch) cluster that every server on the database shares; each server's changes reach
     * it through Hibernate Search's outbox in the database, indexed once by whichever server's agent holds them.
     */
    SHARED;

    static SearchBackend current() {
        String type = ConfigProvider.getConfig()
                .getOptionalValue("hibernate.search.backend.type", String.class)
                .orElse("lucene");
        return "elasticsearch".equals(type) ? SHARED : LUCENE;
    }

    /**
     * How image vectors (stored at unit length) are compared. Lucene's dot product is their cosine at under half the
     * cost; OpenSearch's k-NN offers cosine and L2 only, and on unit vectors cosine ranks and scores the same.
     */
    VectorSimilarity vectorSimilarity() {
        return this == LUCENE ? VectorSimilarity.DOT_PRODUCT : VectorSimilarity.COSINE;
    }
}
