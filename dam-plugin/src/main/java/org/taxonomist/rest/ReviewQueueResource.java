package org.taxonomist.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.taxonomist.decision.BulkDecision;
import org.taxonomist.decision.Decision;
import org.taxonomist.decision.QueueFilter;
import org.taxonomist.decision.ReviewQueue;
import org.taxonomist.failure.InvalidRequestException;

/**
 * What every review queue's resource answers the same way: listing and counting under a filter
 * ({@link QueueFilterParams}), {@code POST {id}/approve}, {@code POST {id}/reject}, and bulk decisions by ids or by
 * filter, each entry in its own transaction, in the caller's name.
 *
 * @param <E> the queue's entry
 * @param <J> how an entry is written as JSON
 */
public abstract class ReviewQueueResource<E extends ReviewQueue.Entry, J> {

    @Context
    SecurityContext security;

    /**
     * A bulk decision: {"ids":[1,2,3],"decision":"APPROVE"}, or every pending entry matching a filter that narrows the
     * queue: {"field":"Subject","term":"Animals","minScore":0.8,"decision":"REJECT"}.
     */
    public record BulkRequest(
            List<Long> ids,
            Long asset,
            String field,
            String term,
            String source,
            Double minScore,
            Double maxScore,
            Decision decision) {}

    protected abstract ReviewQueue<E> queue();

    protected abstract J json(E entry);

    /** Matching entries, most confident first. */
    @GET
    public List<J> find(
            @BeanParam QueueFilterParams filter,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        Paging page = Paging.of(offset, limit);
        return queue().find(filter.filter(), page.offset(), page.limit()).stream()
                .map(this::json)
                .toList();
    }

    /** How many entries match: the preview of a bulk decision. */
    @GET
    @Path("count")
    public Map<String, Long> count(@BeanParam QueueFilterParams filter) {
        return Map.of("count", queue().count(filter.filter()));
    }

    @GET
    @Path("{id}")
    public J get(@PathParam("id") long id) {
        return json(queue().get(id));
    }

    @POST
    @Path("{id}/approve")
    public J approve(@PathParam("id") long id) {
        return json(queue().decide(id, Decision.APPROVE, caller()));
    }

    @POST
    @Path("{id}/reject")
    public J reject(@PathParam("id") long id) {
        return json(queue().decide(id, Decision.REJECT, caller()));
    }

    @POST
    @Path("decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<BulkDecision.Outcome> decideAll(BulkRequest request) {
        QueueFilter matching = request == null
                ? null
                : QueueFilter.pending(
                        request.asset(),
                        request.field(),
                        request.term(),
                        request.source(),
                        request.minScore(),
                        request.maxScore());
        if (request == null || request.decision() == null || (request.ids() != null) == matching.narrows()) {
            throw new InvalidRequestException("Send {\"ids\":[…],\"decision\":\"APPROVE\"} or a filter that narrows "
                    + "the queue: {\"asset\":…,\"field\":…,\"term\":…,\"source\":…,\"minScore\":0.8,\"maxScore\":…,"
                    + "\"decision\":\"REJECT\"} (ids or a filter, not both).");
        }
        List<Long> ids = request.ids() != null ? request.ids() : queue().ids(matching);
        return BulkDecision.each(ids, queue(), request.decision(), caller());
    }

    protected String caller() {
        return security.getUserPrincipal().getName();
    }
}
