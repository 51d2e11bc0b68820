/**
 * Every search the DAM runs, logged from its {@link org.taxonomist.dam.AssetSearched} event ({@link SearchLog},
 * {@link SearchLogEntry}): query, hits, super-label expansions, user and time; and the report of the queries that
 * matched nothing, which shows librarians what the taxonomy lacks.
 */
package org.taxonomist.searchlog;
