/**
 * What every review queue (suggestions, corrections) shares about a librarian's verdict: {@link Decision}, the
 * {@link Review} each entry embeds with its {@link ReviewStatus}, whose decision is never changed
 * ({@link DecisionConflictException} answers 409), and bulk decisions in one
 * transaction per entry ({@link BulkDecision}). Kept apart so that {@code org.taxonomist.suggestion} and
 * {@code org.taxonomist.correction} follow the same rule without depending on each other.
 */
package org.taxonomist.decision;
