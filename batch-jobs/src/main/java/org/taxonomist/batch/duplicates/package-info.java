/**
 * The {@code near-duplicates} job: the asset sweep of {@code org.taxonomist.batch.retag} (scope {@code new} by
 * default: the assets added or changed since its last run; {@code all} on request) with a writer that checks each
 * asset for near-duplicates ({@code org.taxonomist.duplicates}).
 */
package org.taxonomist.batch.duplicates;
