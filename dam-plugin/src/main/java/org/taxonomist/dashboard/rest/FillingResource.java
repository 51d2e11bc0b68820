package org.taxonomist.dashboard.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.taxonomist.dashboard.FillingHistory;
import org.taxonomist.dashboard.FillingRates;
import org.taxonomist.security.Role;

/** The dashboard's filling rates: per taxonomy field now, and day by day as recorded. */
@Path("/filling")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
public class FillingResource {

    @Inject
    FillingRates rates;

    /** One field's filling rate; {@code percent} of the assets have at least one term in it. */
    public record FillingJson(String field, long assets, long filled, double percent) {}

    @GET
    public List<FillingJson> now() {
        return rates.now().stream()
                .map(r -> new FillingJson(r.field(), r.assets(), r.filled(), r.percent()))
                .toList();
    }

    /** The last {@code days} days' snapshots (taken when the dashboard is opened, and nightly). */
    @GET
    @Path("history")
    public FillingHistory history(@QueryParam("days") @DefaultValue("365") int days) {
        return rates.history(LocalDate.now().minusDays(Math.max(0, Math.min(days, 3650))));
    }
}
