package org.taxonomist.models.store;

/** A model is not in the model store, or its files are incomplete or corrupt. The message says how to fetch it. */
public class MissingModelException extends RuntimeException {

    public MissingModelException(String message) {
        super(message);
    }
}
