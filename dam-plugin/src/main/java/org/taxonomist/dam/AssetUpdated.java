package org.taxonomist.dam;

/** Fired by the DAM when an asset's field values, title or keywords change. */
public record AssetUpdated(long assetId, String changedBy) {}
