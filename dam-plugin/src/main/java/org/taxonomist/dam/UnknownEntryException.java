package org.taxonomist.dam;

/** An asset id, suggestion id, field or term that does not exist; REST answers 404. */
public class UnknownEntryException extends RuntimeException {

    public UnknownEntryException(String message) {
        super(message);
    }
}
