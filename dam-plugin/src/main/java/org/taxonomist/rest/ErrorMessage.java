package org.taxonomist.rest;

/** Every error the API returns: the HTTP status and a message a person can act on. */
public record ErrorMessage(int status, String message, Long existingId) {

    public ErrorMessage(int status, String message) {
        this(status, message, null);
    }
}
