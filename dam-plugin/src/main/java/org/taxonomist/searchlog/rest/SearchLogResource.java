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
import java.time.Instant;
import java.util.List;
import org.taxonomist.searchlog.SearchLog;
import org.taxonomist.security.Role;

/** The latest searches, for admins who want to see what users look for. */
@Path("/searches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class SearchLogResource {

    @Inject
    SearchLog log;

    /** One logged search. */
    public record SearchJson(String query, long hits, String user, Instant at) {
    }

    @GET
    public List<SearchJson> latest(@QueryParam("limit") @DefaultValue("100") int limit) {
        return log.latest(Math.max(1, Math.min(limit, 1000))).stream()
                .map(e -> new SearchJson(e.getQuery(), e.getHits(), e.getUsername(), e.getSearchedAt())).toList();
    }
}
