/**
 * How a head is trained and what its layers are, as plain data: {@link HeadRecipe} (a {@link LogisticHead} or an MLP's
 * {@link HeadSettings}) and {@link DenseLayer}. Kept apart from {@code org.taxonomist.models.head} because the engine
 * package {@code org.taxonomist.models.djl} needs these types to train and run layers while the head package uses the
 * engine: with them here, the two packages do not depend on each other in a cycle.
 */
package org.taxonomist.models.head.recipe;
