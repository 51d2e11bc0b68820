package org.taxonomist.decision;

import org.taxonomist.failure.RefusedRequestException;

/** Someone else decided this first, the other way, or the asset changed since it was proposed; REST answers 409. */
public class DecisionConflictException extends RefusedRequestException {

    public DecisionConflictException(String message) {
        super(409, message);
    }
}
