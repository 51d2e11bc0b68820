package org.taxonomist.models.manifest;

/** The manifest as a whole cannot be used (not UTF-8, empty, no header). */
public class ManifestException extends IllegalArgumentException {

    public ManifestException(String message) {
        super(message);
    }
}
