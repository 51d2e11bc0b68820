/**
 * Near-duplicates, the tier between exact copies (same bytes, refused at upload) and similar images (another shot of
 * the subject): {@link org.taxonomist.duplicates.NearDuplicateFinder} checks each upload, and the
 * {@code near-duplicates} job the collection, against the nearest assets in the similar-image index by perceptual
 * hash and embedding; {@link org.taxonomist.duplicates.DuplicatePair} remembers each pair's review, and
 * {@link org.taxonomist.duplicates.DuplicateReview} groups the pending ones and merges or keeps them.
 */
package org.taxonomist.duplicates;
