package org.taxonomist.suggestion;

/** A librarian's verdict on a suggestion. */
public enum Decision {
    APPROVE, REJECT
}
