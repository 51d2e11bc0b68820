package org.taxonomist.dam.reference;

import org.taxonomist.failure.RefusedRequestException;

/** A synonym that is already a term of its field, or another term's synonym there; REST answers 409. */
public class SynonymConflictException extends RefusedRequestException {

    public SynonymConflictException(String message) {
        super(409, message);
    }
}
