/**
 * The plugin's console screens (Faces and PrimeFaces): review, corrections, dashboard, super-labels, searches and login,
 * and what every screen shares: serialisable rows instead of JPA entities, messages worded as
 * {@code org.taxonomist.failure} reads a failure ({@link Problems}), jobs a page watches. These screens reach the DAM
 * only through {@link org.taxonomist.dam.DamAdapter}; the reference DAM's own screens are in
 * {@code org.taxonomist.web.dam}, the admins' in {@code org.taxonomist.web.admin}.
 */
package org.taxonomist.web;
