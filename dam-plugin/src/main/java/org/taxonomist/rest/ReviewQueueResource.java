package org.taxonomist.rest;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.taxonomist.decision.BulkDecision;
import org.taxonomist.decision.Decision;
import org.taxonomist.decision.ReviewQueue;

/**
 * What every review queue's resource answers the same way: {@code POST {id}/approve}, {@code POST {id}/reject}, and
 * bulk decisions each in its own transaction, in the caller's name. A queue's resource adds how it lists and filters.
 *
 * @param <E> the queue's entry
 * @param <J> how an entry is written as JSON
 */
public abstract class ReviewQueueResource<E extends ReviewQueue.Entry, J> {

    @Context
    SecurityContext security;

    protected abstract ReviewQueue<E> queue();

    protected abstract J json(E entry);

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

    protected List<BulkDecision.Outcome> decideEach(List<Long> ids, Decision decision) {
        return BulkDecision.each(ids, queue(), decision, caller());
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
