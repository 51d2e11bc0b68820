package org.taxonomist.similar.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.taxonomist.rest.Paging;
import org.taxonomist.security.Role;
import org.taxonomist.similar.SimilarImages;
import org.taxonomist.similar.SimilarImages.Narrowing;

/** The assets whose images are nearest to an asset's, narrowed like the asset search. */
@Path("/assets/{id}/similar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
public class SimilarAssetsResource {

    @Inject
    SimilarImages similarImages;

    /** Nearest first, the asset itself left out; {@code q}, {@code field} + {@code term}, {@code unlabelled} narrow them. */
    @GET
    public SimilarJson ofAsset(
            @PathParam("id") long id,
            @QueryParam("q") String q,
            @QueryParam("field") String field,
            @QueryParam("term") String term,
            @QueryParam("unlabelled") String unlabelled,
            @QueryParam("limit") @DefaultValue(SimilarJson.DEFAULT_LIMIT) int limit) {
        return SimilarJson.of(similarImages.ofAsset(
                id,
                new Narrowing(q, field, term, unlabelled, null),
                Paging.of(0, limit).limit()));
    }
}
