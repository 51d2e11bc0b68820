package org.taxonomist.security.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.taxonomist.dam.UnknownEntryException;
import org.taxonomist.security.LoginGuard;
import org.taxonomist.security.Role;
import org.taxonomist.security.UserAccount;
import org.taxonomist.security.UserAccounts;

/** Admins create the librarians' and other admins' accounts. */
@Path("/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class UserResource {

    @Inject
    UserAccounts accounts;

    /** A new account: {"username":"lena","password":"at-least-12-chars","role":"LIBRARIAN"}. */
    public record NewUser(String username, String password, Role role) {
    }

    /** An account as the API shows it; never the password hash. */
    public record UserJson(String username, Role role, Instant createdAt) {

        static UserJson of(UserAccount account) {
            return new UserJson(account.getUsername(), account.getRole(), account.getCreatedAt());
        }
    }

    @Inject
    LoginGuard guard;

    /** {@code POST /api/users/lena/unlock}: lifts the lock that failed logins put on the account; 204. */
    @POST
    @Path("{username}/unlock")
    public Response unlock(@PathParam("username") String username) {
        accounts.find(username).orElseThrow(() -> new UnknownEntryException("There is no user '" + username + "'."));
        guard.unlock(username);
        return Response.noContent().build();
    }

    @GET
    public List<UserJson> all() {
        return accounts.all().stream().map(UserJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewUser user) {
        if (user == null || user.password() == null || user.role() == null) {
            throw new IllegalArgumentException("Send {\"username\":…,\"password\":…,\"role\":\"LIBRARIAN\" or \"ADMIN\"}.");
        }
        return Response.status(201).entity(UserJson.of(accounts.create(user.username(), user.password().toCharArray(), user.role())))
                .build();
    }
}
