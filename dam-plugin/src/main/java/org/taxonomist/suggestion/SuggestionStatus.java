package org.taxonomist.suggestion;

/**
 * Where a suggestion stands: waiting for a librarian, decided by one, or applied by the model
 * itself (autofill, autocorrect: reversible, and rejected when undone).
 */
public enum SuggestionStatus {
    PENDING, APPROVED, REJECTED, AUTOMATIC
}
