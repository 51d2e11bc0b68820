package org.taxonomist.tagging;

/**
 * An asset's image cannot be embedded: its file is missing, corrupt or too large. Batch jobs skip
 * such an asset, list it with this message, and go on.
 */
public class AssetImageException extends RuntimeException {

    public AssetImageException(long assetId, RuntimeException cause) {
        super("The image of asset " + assetId + " cannot be read: " + cause.getMessage(), cause);
    }
}
