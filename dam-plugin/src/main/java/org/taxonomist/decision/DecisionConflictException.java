package org.taxonomist.decision;

/** Someone else decided this first, the other way, or the asset changed since it was proposed; REST answers 409. */
public class DecisionConflictException extends RuntimeException {

    public DecisionConflictException(String message) {
        super(message);
    }
}
