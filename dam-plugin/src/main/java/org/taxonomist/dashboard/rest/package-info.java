/**
 * JAX-RS resources of {@code org.taxonomist.dashboard}: the filling rates per taxonomy field now and day by day
 * ({@code /api/filling}).
 */
package org.taxonomist.dashboard.rest;
