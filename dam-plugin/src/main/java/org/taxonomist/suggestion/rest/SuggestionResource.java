package org.taxonomist.suggestion.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.taxonomist.decision.BulkDecision;
import org.taxonomist.decision.Decision;
import org.taxonomist.decision.ReviewQueue;
import org.taxonomist.failure.InvalidRequestException;
import org.taxonomist.rest.Paging;
import org.taxonomist.rest.ReviewQueueResource;
import org.taxonomist.security.Role;
import org.taxonomist.suggestion.Suggestion;
import org.taxonomist.suggestion.SuggestionService;

/** The review queue: pending suggestions, and librarians' decisions one by one or in bulk. */
@Path("/suggestions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
public class SuggestionResource extends ReviewQueueResource<Suggestion, SuggestionJson> {

    @Inject
    SuggestionService suggestions;

    /** A bulk decision request: {"ids":[1,2,3],"decision":"APPROVE"}. */
    public record BulkRequest(List<Long> ids, Decision decision) {}

    @GET
    public List<SuggestionJson> pending(
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("100") int limit) {
        Paging page = Paging.of(offset, limit);
        return suggestions.pending(page.offset(), page.limit()).stream()
                .map(SuggestionJson::of)
                .toList();
    }

    @POST
    @Path("decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<BulkDecision.Outcome> decideAll(BulkRequest request) {
        if (request == null || request.ids() == null || request.decision() == null) {
            throw new InvalidRequestException("Send {\"ids\":[…],\"decision\":\"APPROVE\" or \"REJECT\"}.");
        }
        return decideEach(request.ids(), request.decision());
    }

    @Override
    protected ReviewQueue<Suggestion> queue() {
        return suggestions;
    }

    @Override
    protected SuggestionJson json(Suggestion suggestion) {
        return SuggestionJson.of(suggestion);
    }
}
