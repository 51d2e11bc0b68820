/**
 * Similar images: an asset's nearest neighbours by its image's embedding, and search by an image brought to the DAM,
 * through the DAM's {@link org.taxonomist.dam.SimilarImageIndex} (which the plugin fills as it embeds images).
 */
package org.taxonomist.similar;
