/**
 * The {@code train-heads} job: a batchlet that trains a new model version of every learnt field (or of the one named),
 * then a chunked step whose reader picks the assets the new models should look at. Training itself is
 * {@code org.taxonomist.training}'s.
 */
package org.taxonomist.batch.trainheads;
