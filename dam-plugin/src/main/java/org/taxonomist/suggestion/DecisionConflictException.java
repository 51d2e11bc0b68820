package org.taxonomist.suggestion;

/** Someone else decided this suggestion first, the other way; REST answers 409. */
public class DecisionConflictException extends RuntimeException {

    public DecisionConflictException(String message) {
        super(message);
    }
}
