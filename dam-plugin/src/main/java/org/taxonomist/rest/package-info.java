/**
 * The REST API's frame: the JAX-RS application under {@code /api} ({@link TaxonomistApi}), JSON errors as
 * {@code org.taxonomist.failure} reads them ({@link ErrorMapper}, {@link CommitFailureMapper}), {@code @RolesAllowed}
 * enforcement ({@link RoleCheck}), {@link Paging}, and the health and OpenAPI endpoints. The resources themselves live
 * in the {@code rest} sub-package of the package whose services they expose.
 */
package org.taxonomist.rest;
