package org.taxonomist.dam.reference;

import org.taxonomist.failure.RefusedRequestException;

/** The same bytes are already stored as another asset. */
public class DuplicateAssetException extends RefusedRequestException {

    private final long existingAssetId;

    public DuplicateAssetException(long existingAssetId) {
        super(409, "This image is already in the DAM as asset " + existingAssetId + "; it was not stored twice.");
        this.existingAssetId = existingAssetId;
    }

    public long existingAssetId() {
        return existingAssetId;
    }
}
