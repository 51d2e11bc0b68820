/**
 * How predictions are scored against librarians' labels: per-term and micro/macro metrics with the filling rate
 * ({@link Evaluation}), stratified multi-label folds ({@link Folds}), per-term thresholds ({@link ThresholdTuning}) and
 * the autofill plan at a promised precision ({@link AutofillPlan}). Pure functions over arrays, shared by training, the
 * audit and the server so that all count the same way; {@link Json} writes the little JSON needed, without a library.
 */
package org.taxonomist.models.evaluation;
