/**
 * The label audit's corrections queue: a {@link Correction} holds an asset's current and proposed terms, its score and
 * the method; {@link Corrections} replaces a field's pending corrections with an audit's proposals (skipping those
 * rejected before for the same labels) and writes an approved one through the DAM adapter, with history
 * ({@code org.taxonomist.history}). The {@code audit-labels} job fills it; REST and the console's Corrections page
 * decide.
 */
package org.taxonomist.correction;
