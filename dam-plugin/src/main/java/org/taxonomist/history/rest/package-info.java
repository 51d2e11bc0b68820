/**
 * JAX-RS resources of {@code org.taxonomist.history}: the changes the plugin made to assets on its own, and undoing them
 * ({@code /api/changes}).
 */
package org.taxonomist.history.rest;
