package org.taxonomist.cluster.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.taxonomist.cluster.ServerNodes;
import org.taxonomist.cluster.ServerReport;
import org.taxonomist.security.Role;

/** The servers that share this database, for admins ({@link ServerReport}). */
@Path("/servers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class ServerResource {

    @Inject
    ServerNodes servers;

    @GET
    public List<ServerReport> servers() {
        return servers.report();
    }
}
