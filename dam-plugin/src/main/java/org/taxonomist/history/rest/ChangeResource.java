package org.taxonomist.history.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.taxonomist.failure.InvalidRequestException;
import org.taxonomist.history.FieldChange;
import org.taxonomist.history.FieldHistory;
import org.taxonomist.security.Role;

/** The changes the plugin made to assets on its own (autofill, autocorrect), and undoing them. */
@Path("/changes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
public class ChangeResource {

    @Inject
    FieldHistory history;

    @Context
    SecurityContext security;

    /** One change as the API shows it. */
    public record ChangeJson(
            long id,
            long assetId,
            String field,
            boolean keywords,
            List<String> oldTerms,
            List<String> newTerms,
            String changedBy,
            Instant changedAt,
            String reason,
            String undoneBy,
            Instant undoneAt) {

        public static ChangeJson of(FieldChange c) {
            return new ChangeJson(
                    c.getId(),
                    c.getAssetId(),
                    c.getField(),
                    c.isKeywords(),
                    c.getOldTerms(),
                    c.getNewTerms(),
                    c.getChangedBy(),
                    c.getChangedAt(),
                    c.getReason(),
                    c.getUndoneBy(),
                    c.getUndoneAt());
        }
    }

    /** The asset's changes, newest first. */
    @GET
    public List<ChangeJson> forAsset(@QueryParam("asset") Long assetId) {
        if (assetId == null) {
            throw new InvalidRequestException("Name the asset: /api/changes?asset=ID.");
        }
        return history.forAsset(assetId).stream().map(ChangeJson::of).toList();
    }

    @POST
    @Path("{id}/undo")
    public ChangeJson undo(@PathParam("id") long id) {
        return ChangeJson.of(history.undo(id, security.getUserPrincipal().getName()));
    }
}
