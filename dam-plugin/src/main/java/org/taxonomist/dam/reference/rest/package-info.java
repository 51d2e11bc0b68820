/**
 * JAX-RS resources of the reference DAM ({@code org.taxonomist.dam.reference}): assets ({@code /api/assets}: upload,
 * read, label by hand), full-text search ({@code /api/search}) and the taxonomy with its synonyms
 * ({@code /api/taxonomy}). A real DAM brings its own.
 */
package org.taxonomist.dam.reference.rest;
