package org.taxonomist.dam.reference;

/** A synonym that is already a term of its field, or another term's synonym there; REST answers 409. */
public class SynonymConflictException extends RuntimeException {

    public SynonymConflictException(String message) {
        super(message);
    }
}
