package org.taxonomist.dam.reference;

/** The same bytes are already stored as another asset. */
public class DuplicateAssetException extends RuntimeException {

    private final long existingAssetId;

    public DuplicateAssetException(long existingAssetId) {
        super("This image is already in the DAM as asset " + existingAssetId + "; it was not stored twice.");
        this.existingAssetId = existingAssetId;
    }

    public long existingAssetId() {
        return existingAssetId;
    }
}
