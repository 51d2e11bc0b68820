/**
 * JAX-RS resources of {@code org.taxonomist.registry}: model versions per field with their metrics, activation and
 * rollback, autofill and autocorrect ({@code /api/models}).
 */
package org.taxonomist.registry.rest;
