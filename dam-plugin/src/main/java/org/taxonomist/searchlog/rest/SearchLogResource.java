package org.taxonomist.searchlog.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.taxonomist.failure.InvalidRequestException;
import org.taxonomist.rest.Paging;
import org.taxonomist.searchlog.SearchLog;
import org.taxonomist.security.Role;

/** The latest searches, for admins who want to see what users look for; the queries that find nothing, for librarians. */
@Path("/searches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class SearchLogResource {

    private static final int MAX_DAYS = 3660;

    @Inject
    SearchLog log;

    /** One logged search: {@code hits} the query matched itself, {@code expanded} added by super-labels. */
    public record SearchJson(String query, long hits, long expanded, String user, Instant at) {}

    @GET
    public List<SearchJson> latest(@QueryParam("limit") @DefaultValue("100") int limit) {
        return log.latest(Paging.limit(limit, Paging.MAX_LIMIT)).stream()
                .map(e ->
                        new SearchJson(e.getQuery(), e.getHits(), e.getExpanded(), e.getUsername(), e.getSearchedAt()))
                .toList();
    }

    /** Queries that matched no asset in the last {@code days} days, most frequent first: what the taxonomy lacks. */
    @GET
    @Path("zero-results")
    @RolesAllowed({Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
    public List<SearchLog.ZeroResultQuery> zeroResults(
            @QueryParam("days") @DefaultValue("30") int days, @QueryParam("limit") @DefaultValue("50") int limit) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidRequestException("days must be between 1 and " + MAX_DAYS + ".");
        }
        return log.zeroResults(Instant.now().minus(Duration.ofDays(days)), Paging.limit(limit, Paging.MAX_LIMIT));
    }
}
