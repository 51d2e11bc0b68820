/**
 * Tagging: the model runtime that owns the backbones ({@link ModelRuntime}), the embedding cache by content hash and
 * backbone ({@link EmbeddingCache}), the object detector ({@link ObjectDetection}), the {@link Tagger} (one prediction
 * per field) and {@link FieldFilling} (suggestions, autofill, autocorrect). {@link TaggingQueue} tags each upload on a
 * managed thread once its transaction has committed, from a durable {@link TaggingTask}; the batch jobs tag with the
 * same service.
 */
package org.taxonomist.tagging;
