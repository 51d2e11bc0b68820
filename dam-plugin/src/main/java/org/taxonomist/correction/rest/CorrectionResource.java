package org.taxonomist.correction.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.taxonomist.correction.Correction;
import org.taxonomist.correction.Corrections;
import org.taxonomist.decision.ReviewQueue;
import org.taxonomist.failure.InvalidRequestException;
import org.taxonomist.rest.ReviewQueueResource;
import org.taxonomist.security.Role;

/** The corrections queue: the label audit's proposals, filtered by field, term, source and score, and decisions. */
@Path("/corrections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
public class CorrectionResource extends ReviewQueueResource<Correction, CorrectionJson> {

    @Inject
    Corrections corrections;

    @Override
    protected ReviewQueue<Correction> queue() {
        return corrections;
    }

    /** The terms to write instead of the proposed ones: {"terms":["Dogs"]}. */
    public record Fix(List<String> terms) {}

    /** Approves the correction with other terms than proposed: the current ones are wrong, the proposal too. */
    @POST
    @Path("{id}/fix")
    @Consumes(MediaType.APPLICATION_JSON)
    public CorrectionJson fix(@PathParam("id") long id, Fix fix) {
        if (fix == null || fix.terms() == null) {
            throw new InvalidRequestException("Send the terms to write: {\"terms\":[\"…\"]}.");
        }
        return json(corrections.fixTo(id, fix.terms(), caller()));
    }

    @Override
    protected CorrectionJson json(Correction correction) {
        return CorrectionJson.of(correction);
    }
}
