package org.taxonomist.dam;

/**
 * Fired by the DAM, in the deleting transaction, when an asset is deleted: what the plugin keeps about it (its
 * suggestions, corrections, near-duplicate pairs, super-label scores) goes with it.
 */
public record AssetDeleted(long assetId, String contentHash, String deletedBy) {}
