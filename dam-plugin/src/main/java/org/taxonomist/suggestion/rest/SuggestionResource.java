package org.taxonomist.suggestion.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.taxonomist.decision.ReviewQueue;
import org.taxonomist.rest.ReviewQueueResource;
import org.taxonomist.security.Role;
import org.taxonomist.suggestion.Suggestion;
import org.taxonomist.suggestion.SuggestionService;

/** The review queue: suggestions filtered by field, term, source and confidence, and librarians' decisions. */
@Path("/suggestions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
public class SuggestionResource extends ReviewQueueResource<Suggestion, SuggestionJson> {

    @Inject
    SuggestionService suggestions;

    @Override
    protected ReviewQueue<Suggestion> queue() {
        return suggestions;
    }

    @Override
    protected SuggestionJson json(Suggestion suggestion) {
        return SuggestionJson.of(suggestion);
    }
}
