/**
 * JAX-RS resources of {@code org.taxonomist.correction}: the corrections queue ({@code /api/corrections}), filtered by
 * field, term and score, and librarians' decisions one by one, by id, or on every pending one above a score.
 */
package org.taxonomist.correction.rest;
