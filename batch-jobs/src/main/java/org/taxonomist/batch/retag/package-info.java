/**
 * The chunked, partitioned sweep over assets of the {@code retag} and {@code embed} jobs: partitions by asset id, a
 * reader that checkpoints the last id done, a processor that prepares each asset for the backbones, and writers that
 * embed a chunk in one go, then tag it or save its embeddings. The {@code audit-labels} and {@code train-heads} jobs
 * reuse these artifacts, and {@link SkippedAssets} lists what every chunked job skips.
 */
package org.taxonomist.batch.retag;
