/**
 * {@link Head}: a multi-label classifier on embeddings for one taxonomy field (standardisation, then an MLP or per-term
 * logistic regression), with deterministic, versioned bytes. An MLP trains on DJL's engine through
 * {@code org.taxonomist.models.djl}, a logistic head with LIBLINEAR; the trained weights are plain floats, so predicting
 * one embedding is pure Java. How a head is trained is described in {@code org.taxonomist.models.head.recipe}.
 */
package org.taxonomist.models.head;
