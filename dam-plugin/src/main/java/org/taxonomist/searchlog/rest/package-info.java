/**
 * JAX-RS resources of {@code org.taxonomist.searchlog}: the latest searches and the queries that matched nothing
 * ({@code /api/searches}).
 */
package org.taxonomist.searchlog.rest;
