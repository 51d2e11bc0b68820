package org.taxonomist.dam.reference;

/** The upload is bigger than taxonomist.upload.max-bytes. */
public class UploadTooLargeException extends RuntimeException {

    public UploadTooLargeException(long limit) {
        super("The file is larger than the upload limit of " + limit + " bytes (taxonomist.upload.max-bytes).");
    }

    public UploadTooLargeException(String message) {
        super(message);
    }
}
