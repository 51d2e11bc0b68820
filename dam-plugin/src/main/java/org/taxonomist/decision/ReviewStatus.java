package org.taxonomist.decision;

/**
 * Where an entry of a review queue stands: waiting for a librarian, decided by one, or applied by the
 * model itself (autofill, autocorrect: reversible, and rejected when undone). Stored by name.
 */
public enum ReviewStatus {
    PENDING,
    APPROVED,
    REJECTED,
    AUTOMATIC
}
