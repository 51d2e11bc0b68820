package org.taxonomist.cluster.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.taxonomist.cluster.Liveness;
import org.taxonomist.cluster.ServerNodes;
import org.taxonomist.security.Role;

/**
 * The servers that share this database, for admins: each one's home, when it started and last beat, whether it is
 * alive, and how many assets it has tagged, and only embedded, since it started (this server's counts now, the others'
 * as of their last heartbeat), which shows a retag or an embed run spread over them.
 */
@Path("/servers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class ServerResource {

    @Inject
    ServerNodes servers;

    /** A server as listed; {@code self} is the one answering. */
    public record ServerJson(
            String id,
            String home,
            Instant startedAt,
            Instant heartbeatAt,
            boolean alive,
            long tagged,
            long embedded,
            boolean self) {}

    @GET
    public List<ServerJson> servers() {
        Instant now = Instant.now();
        String self = servers.self();
        return servers.all().stream()
                .map(node -> {
                    boolean here = node.getId().equals(self);
                    return new ServerJson(
                            node.getId(),
                            node.getHome(),
                            node.getStartedAt(),
                            node.getHeartbeatAt(),
                            here || Liveness.alive(node.getHeartbeatAt(), now),
                            here ? servers.taggedHere() : node.getTagged(),
                            here ? servers.embeddedHere() : node.getEmbedded(),
                            here);
                })
                .toList();
    }
}
