package org.taxonomist.suggestion;

/** Where a suggestion stands: waiting for a librarian, or decided. */
public enum SuggestionStatus {
    PENDING, APPROVED, REJECTED
}
