package org.taxonomist.dam;

/** Fired by the DAM inside the transaction that stores a new asset. */
public record AssetUploaded(long assetId) {}
