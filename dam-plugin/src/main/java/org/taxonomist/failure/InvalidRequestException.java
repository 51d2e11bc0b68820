package org.taxonomist.failure;

/**
 * A request whose content is wrong (a value out of range, a missing part, a name the DAM cannot hold): 400 with a
 * message that says what to send instead. Only this type reads as the client's mistake; an
 * {@link IllegalArgumentException} from deeper down is a fault of the server (500, logged with its stack).
 */
public class InvalidRequestException extends RefusedRequestException {

    public InvalidRequestException(String message) {
        super(400, message);
    }
}
