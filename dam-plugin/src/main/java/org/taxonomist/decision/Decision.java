package org.taxonomist.decision;

/** A librarian's verdict on a suggestion or a correction. */
public enum Decision {
    APPROVE,
    REJECT
}
