package org.taxonomist.dam;

import org.taxonomist.failure.RefusedRequestException;

/** An asset id, suggestion id, field or term that does not exist; REST answers 404. */
public class UnknownEntryException extends RefusedRequestException {

    public UnknownEntryException(String message) {
        super(404, message);
    }
}
