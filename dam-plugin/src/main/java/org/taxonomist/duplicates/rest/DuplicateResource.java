package org.taxonomist.duplicates.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.decision.BulkDecision;
import org.taxonomist.duplicates.DuplicateReview;
import org.taxonomist.failure.InvalidRequestException;
import org.taxonomist.rest.Paging;
import org.taxonomist.security.Role;

/**
 * The near-duplicate review: pending groups a page at a time, and decisions on the pairs of a group (merge into one
 * asset, or keep all) or on every group at least so alike.
 */
@Path("/duplicates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
public class DuplicateResource {

    @Inject
    DuplicateReview review;

    @Inject
    DamAdapter dam;

    @Context
    SecurityContext security;

    /** A page of pending groups, most alike first, and how many there are. */
    public record GroupPage(int total, List<DuplicateGroupJson> groups) {}

    /**
     * {"pairs":[12,13],"keep":42} merges into asset 42, and with "deleteOthers":true deletes the other copies; without
     * "keep", the assets are not duplicates.
     */
    public record GroupDecision(List<Long> pairs, Long keep, Boolean deleteOthers) {}

    /** {"minSimilarity":0.995,"action":"merge"|"keep-all"}: merged into each group's oldest asset, or kept all. */
    public record BulkGroupDecision(Double minSimilarity, String action) {}

    /** What deciding a group did. */
    public record Decided(String status) {}

    /** {@code q}: only groups with a copy whose title or file name contains it. */
    @GET
    @Path("groups")
    public GroupPage groups(
            @QueryParam("q") String named,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("20") int limit) {
        Paging page = Paging.of(offset, limit);
        return new GroupPage(
                review.count(named),
                review.groups(named, page.offset(), page.limit()).stream()
                        .map(g -> DuplicateGroupJson.of(g, id -> dam.asset(id).orElse(null)))
                        .toList());
    }

    @POST
    @Path("decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Decided decide(GroupDecision decision) {
        if (decision == null || decision.pairs() == null) {
            throw new InvalidRequestException(
                    "Send the group's pairs and the asset to keep: {\"pairs\":[1,2],\"keep\":42}"
                            + " (without \"keep\": not duplicates).");
        }
        if (Boolean.TRUE.equals(decision.deleteOthers())) {
            if (decision.keep() == null) {
                throw new InvalidRequestException("Name the copy to keep (\"keep\") before deleting the others.");
            }
            return new Decided(
                    review.keepOnly(decision.pairs(), decision.keep(), caller()).name());
        }
        return new Decided(
                review.decide(decision.pairs(), decision.keep(), caller()).name());
    }

    @POST
    @Path("decisions/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<BulkDecision.Outcome> decideAll(BulkGroupDecision decision) {
        if (decision == null
                || decision.minSimilarity() == null
                || decision.minSimilarity() < 0
                || decision.minSimilarity() > 1
                || !List.of("merge", "keep-all").contains(decision.action())) {
            throw new InvalidRequestException(
                    "Send {\"minSimilarity\": a number from 0 to 1, \"action\": \"merge\" or \"keep-all\"}.");
        }
        return review.decideAll(decision.minSimilarity(), "merge".equals(decision.action()), caller());
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
