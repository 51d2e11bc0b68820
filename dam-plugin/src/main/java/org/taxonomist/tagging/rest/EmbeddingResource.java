package org.taxonomist.tagging.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.taxonomist.dam.UnknownEntryException;
import org.taxonomist.security.Role;
import org.taxonomist.tagging.EmbeddingCache;

/** Admins see how many images each backbone has embedded, and make the cache forget a backbone. */
@Path("/embeddings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class EmbeddingResource {

    /** What a DELETE removed. */
    public record Forgotten(String backbone, int embeddings) {}

    @Inject
    EmbeddingCache embeddings;

    /** Backbone (id@version) to number of cached embeddings. */
    @GET
    public Map<String, Long> counts() {
        return embeddings.counts();
    }

    /** {@code DELETE /api/embeddings?backbone=nsfwjs-mobilenet_v2@4.3.0}: later tagging computes them again. */
    @DELETE
    public Forgotten forget(@QueryParam("backbone") String backbone) {
        if (backbone == null || !embeddings.counts().containsKey(backbone)) {
            throw new UnknownEntryException("No embeddings of backbone '" + backbone + "'; there are "
                    + embeddings.counts().keySet() + ".");
        }
        return new Forgotten(backbone, embeddings.forget(backbone));
    }
}
