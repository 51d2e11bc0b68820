/**
 * Near-duplicates: a picture's perceptual hash ({@link org.taxonomist.models.duplicates.PerceptualHash}) and the rule
 * that, with the embeddings' cosine similarity, tells the same picture re-encoded, resized, cropped a little,
 * recoloured or watermarked from another shot of the same subject
 * ({@link org.taxonomist.models.duplicates.NearDuplicateRule}, its thresholds measured on real photos).
 */
package org.taxonomist.models.duplicates;
