/**
 * Training a new version of a field's model on the labels the DAM already has ({@link ModelTraining}), and the labelled
 * assets with their embeddings that training and the label audit work on ({@link TrainingSet}). It uses the registry and
 * the embedding cache, which know nothing of it; the {@code train-heads} and {@code audit-labels} jobs call it.
 */
package org.taxonomist.training;
