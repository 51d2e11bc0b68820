package org.taxonomist.suggestion.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.taxonomist.decision.BulkDecision;
import org.taxonomist.decision.Decision;
import org.taxonomist.security.Role;
import org.taxonomist.suggestion.SuggestionService;
import org.taxonomist.rest.Paging;

/** The review queue: pending suggestions, and librarians' decisions one by one or in bulk. */
@Path("/suggestions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
public class SuggestionResource {

    @Inject
    SuggestionService suggestions;

    @Context
    SecurityContext security;

    /** A bulk decision request: {"ids":[1,2,3],"decision":"APPROVE"}. */
    public record BulkRequest(List<Long> ids, Decision decision) {
    }

    @GET
    public List<SuggestionJson> pending(@QueryParam("offset") @DefaultValue("0") int offset,
                                        @QueryParam("limit") @DefaultValue("100") int limit) {
        Paging page = Paging.of(offset, limit);
        return suggestions.pending(page.offset(), page.limit()).stream()
                .map(SuggestionJson::of).toList();
    }

    @POST
    @Path("{id}/approve")
    public SuggestionJson approve(@PathParam("id") long id) {
        return SuggestionJson.of(suggestions.decide(id, Decision.APPROVE, caller()));
    }

    @POST
    @Path("{id}/reject")
    public SuggestionJson reject(@PathParam("id") long id) {
        return SuggestionJson.of(suggestions.decide(id, Decision.REJECT, caller()));
    }

    @POST
    @Path("decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<BulkDecision.Outcome> decideAll(BulkRequest request) {
        if (request == null || request.ids() == null || request.decision() == null) {
            throw new IllegalArgumentException("Send {\"ids\":[…],\"decision\":\"APPROVE\" or \"REJECT\"}.");
        }
        return BulkDecision.each(request.ids(), id -> suggestions.decide(id, request.decision(), caller()).getStatus());
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
