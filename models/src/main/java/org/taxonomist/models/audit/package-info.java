/**
 * Label audit: finds the assets whose current labels the bagged heads disagree with, confidently, and proposes the
 * correction ({@link Suspect}). Heads are trained in bags on the very labels under audit, and each asset is scored only
 * by the bags that did not train on it, so no asset vouches for itself. It works on embeddings, not images, and like all
 * of {@code org.taxonomist.models} knows nothing of the server modules or Jakarta; the batch job in
 * {@code org.taxonomist.batch.audit} and the command line's {@code audit} run it.
 */
package org.taxonomist.models.audit;
