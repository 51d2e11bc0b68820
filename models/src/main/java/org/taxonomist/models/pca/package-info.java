/**
 * Principal component analysis of embeddings ({@link Pca}): shrinks them to, say, 100 numbers for faster heads and noise
 * scores, or to 2 or 3 for maps of the collection. Pure Java and deterministic for a seed; the covariance, subspace
 * iteration and eigen-solver behind it are package-private.
 */
package org.taxonomist.models.pca;
