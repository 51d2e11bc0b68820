/**
 * The dashboard's figures: each taxonomy field's filling rate (the share of assets with at least one term in it),
 * counted in the DAM now ({@link FillingRates}) and recorded day by day ({@link FillingRecorder},
 * {@link FillingSnapshot}), and what waits for a librarian's decision per field ({@link PendingDecisions}).
 */
package org.taxonomist.dashboard;
