package org.taxonomist.web.dam;

import java.io.Serializable;

/**
 * What became of one uploaded file, as the upload panel lists it: stored as an asset, already in the DAM, or refused
 * with the reason.
 */
public record UploadOutcome(String fileName, Long assetId, Long duplicateOf, String problem) implements Serializable {

    static UploadOutcome stored(String fileName, long assetId) {
        return new UploadOutcome(fileName, assetId, null, null);
    }

    static UploadOutcome duplicate(String fileName, long existing) {
        return new UploadOutcome(fileName, null, existing, null);
    }

    static UploadOutcome refused(String fileName, String problem) {
        return new UploadOutcome(fileName, null, null, problem);
    }

    /** "stored", "duplicate" or "refused": the row's style. */
    public String kind() {
        return assetId != null ? "stored" : duplicateOf != null ? "duplicate" : "refused";
    }
}
