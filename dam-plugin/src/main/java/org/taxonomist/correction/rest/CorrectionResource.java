package org.taxonomist.correction.rest;

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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.taxonomist.correction.Correction;
import org.taxonomist.correction.CorrectionFilter;
import org.taxonomist.correction.Corrections;
import org.taxonomist.decision.BulkDecision;
import org.taxonomist.decision.Decision;
import org.taxonomist.decision.ReviewQueue;
import org.taxonomist.decision.ReviewStatus;
import org.taxonomist.failure.InvalidRequestException;
import org.taxonomist.rest.Paging;
import org.taxonomist.rest.ReviewQueueResource;
import org.taxonomist.security.Role;

/**
 * The corrections queue: the label audit's proposals, filtered by field, term and score, and
 * librarians' decisions one by one, by id, or "every pending one matching, above score X".
 */
@Path("/corrections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
public class CorrectionResource extends ReviewQueueResource<Correction, CorrectionJson> {

    @Inject
    Corrections corrections;

    /**
     * A bulk decision: {"ids":[1,2],"decision":"APPROVE"}, or every pending correction matching
     * {"field":"Subject","term":"Animals","minScore":0.8,"decision":"REJECT"} (minScore required).
     */
    public record BulkRequest(List<Long> ids, String field, String term, Double minScore, Decision decision) {}

    @GET
    public List<CorrectionJson> find(
            @QueryParam("field") String field,
            @QueryParam("term") String term,
            @QueryParam("minScore") Double minScore,
            @QueryParam("status") @DefaultValue("PENDING") ReviewStatus status,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        Paging page = Paging.of(offset, limit);
        return corrections
                .find(
                        new CorrectionFilter(blankToNull(field), blankToNull(term), minScore, status),
                        page.offset(),
                        page.limit())
                .stream()
                .map(CorrectionJson::of)
                .toList();
    }

    /** How many pending corrections a bulk decision with these filters would decide: the preview. */
    @GET
    @Path("count")
    public Map<String, Long> count(
            @QueryParam("field") String field,
            @QueryParam("term") String term,
            @QueryParam("minScore") Double minScore) {
        return Map.of("count", corrections.count(pending(field, term, minScore)));
    }

    @GET
    @Path("{id}")
    public CorrectionJson get(@PathParam("id") long id) {
        return CorrectionJson.of(corrections.get(id));
    }

    @POST
    @Path("decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<BulkDecision.Outcome> decideAll(BulkRequest request) {
        if (request == null || request.decision() == null || (request.ids() == null) == (request.minScore() == null)) {
            throw new InvalidRequestException("Send {\"ids\":[…],\"decision\":\"APPROVE\"} or "
                    + "{\"field\":…,\"term\":…,\"minScore\":0.8,\"decision\":\"REJECT\"} (ids or minScore, not both).");
        }
        List<Long> ids = request.ids() != null
                ? request.ids()
                : corrections.ids(pending(request.field(), request.term(), request.minScore()));
        return decideEach(ids, request.decision());
    }

    private static CorrectionFilter pending(String field, String term, Double minScore) {
        return new CorrectionFilter(blankToNull(field), blankToNull(term), minScore, ReviewStatus.PENDING);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    protected ReviewQueue<Correction> queue() {
        return corrections;
    }

    @Override
    protected CorrectionJson json(Correction correction) {
        return CorrectionJson.of(correction);
    }
}
