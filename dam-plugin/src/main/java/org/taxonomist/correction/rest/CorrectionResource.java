package org.taxonomist.correction.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.taxonomist.correction.Correction;
import org.taxonomist.correction.Corrections;
import org.taxonomist.decision.ReviewQueue;
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

    @Override
    protected CorrectionJson json(Correction correction) {
        return CorrectionJson.of(correction);
    }
}
