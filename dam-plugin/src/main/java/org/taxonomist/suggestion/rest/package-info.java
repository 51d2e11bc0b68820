/**
 * JAX-RS resources of {@code org.taxonomist.suggestion}: the review queue ({@code /api/suggestions}) and librarians'
 * decisions, one by one or in bulk.
 */
package org.taxonomist.suggestion.rest;
