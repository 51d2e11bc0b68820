/**
 * What suggestions and corrections share about a librarian's verdict: {@link Decision}, the rule that a decision is
 * never changed ({@link DecisionRule}; {@link DecisionConflictException} answers 409), and bulk decisions in one
 * transaction per entry ({@link BulkDecision}). Kept apart so that {@code org.taxonomist.suggestion} and
 * {@code org.taxonomist.correction} follow the same rule without depending on each other.
 */
package org.taxonomist.decision;
