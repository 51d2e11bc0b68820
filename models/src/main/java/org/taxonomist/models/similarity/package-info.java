/** Which assets look alike, from their embeddings. */
package org.taxonomist.models.similarity;
