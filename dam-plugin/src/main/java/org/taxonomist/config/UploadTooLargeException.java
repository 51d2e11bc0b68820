package org.taxonomist.config;

import org.taxonomist.failure.RefusedRequestException;

/** The upload is bigger than taxonomist.upload.max-bytes. */
public class UploadTooLargeException extends RefusedRequestException {

    public UploadTooLargeException(long limit) {
        super(413, "The file is larger than the upload limit of " + limit + " bytes (taxonomist.upload.max-bytes).");
    }

    public UploadTooLargeException(String message) {
        super(413, message);
    }
}
