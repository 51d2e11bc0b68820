package org.taxonomist.failure;

/**
 * A request refused for a reason the person who sent it can act on: the message is written for
 * them, and the status is what REST answers. The services' refusals extend it; anything else that
 * escapes a request is a fault of the server ({@link Failure}).
 */
public abstract class RefusedRequestException extends RuntimeException {

    private final int status;

    protected RefusedRequestException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status REST answers with, e.g. 404 or 409. */
    public int status() {
        return status;
    }
}
