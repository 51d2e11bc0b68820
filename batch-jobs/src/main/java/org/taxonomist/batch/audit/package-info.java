/**
 * The {@code audit-labels} job's own steps: a snapshot of the field's labels and embeddings, one partition per bag that
 * trains the bag's heads and keeps their held-out predictions, and the step that turns the most suspicious assets into
 * corrections. What survives between steps and restarts lies in a folder per job instance. The audit itself is
 * {@code org.taxonomist.models.audit}; the embedding step reuses {@code org.taxonomist.batch.retag}.
 */
package org.taxonomist.batch.audit;
