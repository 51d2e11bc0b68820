/**
 * JAX-RS resources of {@code org.taxonomist.similar}: an asset's similar images ({@code /api/assets/{id}/similar}) and
 * search by image ({@code POST /api/search/by-image}).
 */
package org.taxonomist.similar.rest;
