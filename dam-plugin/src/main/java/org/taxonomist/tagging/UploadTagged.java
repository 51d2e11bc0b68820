package org.taxonomist.tagging;

/**
 * An uploaded asset was embedded and tagged, its embeddings and perceptual hash saved: fired in the tagging's
 * transaction, for what else checks a new image against the collection (near-duplicates).
 */
public record UploadTagged(EmbeddedAsset embedded) {}
