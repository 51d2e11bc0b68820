package org.taxonomist.models.image;

/** The bytes are not an image we can read, or the image is truncated or corrupt. The message is meant for a person. */
public class UnreadableImageException extends RuntimeException {

    public UnreadableImageException(String message) {
        super(message);
    }

    public UnreadableImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
