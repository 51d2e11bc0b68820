/**
 * The reference DAM the plugin ships to run on its own: assets stored content-addressed (SHA-256) with thumbnails,
 * upload with validation, taxonomy fields, terms and synonyms, per-asset values and full-text search (Hibernate Search
 * on Lucene). It is connected like any DAM: {@link ReferenceDamAdapter} implements {@link org.taxonomist.dam.DamAdapter}
 * and the package fires the events of {@code org.taxonomist.dam}. A real DAM replaces it, and the plugin's screens never
 * use it.
 */
package org.taxonomist.dam.reference;
