/**
 * A taxonomy field's trained model ({@link Ensemble}, trained by {@link EnsembleTraining}): per backbone, bagged heads
 * (on PCA-reduced embeddings when PCA is on), the backbones' predictions merged by a {@link Combiner} chosen per field
 * (average, union, intersection, vote or a learned stacker), and a tuned threshold per term. Also the cross-validation
 * of the whole recipe and the training report people read ({@link ModelReport}). Pure Java over arrays; heads are
 * trained through {@code org.taxonomist.models.head}.
 */
package org.taxonomist.models.ensemble;
