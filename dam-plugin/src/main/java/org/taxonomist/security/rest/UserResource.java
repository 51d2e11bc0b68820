package org.taxonomist.security.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.taxonomist.failure.InvalidRequestException;
import org.taxonomist.security.Role;
import org.taxonomist.security.UserAccount;
import org.taxonomist.security.UserAccounts;

/** Admins manage the librarians' and other admins' accounts: create, change the role, reset the password, disable, delete. */
@Path("/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class UserResource {

    @Inject
    UserAccounts accounts;

    /** A new account: {"username":"lena","password":"at-least-12-chars","role":"LIBRARIAN"}. */
    public record NewUser(String username, String password, Role role) {}

    /** An account as the API shows it; never the password hash. {@code disabledAt} is null for an active account. */
    public record UserJson(String username, Role role, Instant createdAt, Instant disabledAt) {

        static UserJson of(UserAccount account) {
            return new UserJson(
                    account.getUsername(), account.getRole(), account.getCreatedAt(), account.getDisabledAt());
        }
    }

    /** {"role":"ADMIN"} */
    public record RoleChange(Role role) {}

    /** {"password":"at-least-12-chars"} */
    public record PasswordReset(String password) {}

    @Context
    SecurityContext security;

    /** {@code POST /api/users/lena/unlock}: lifts the lock that failed logins put on the account; 204. */
    @POST
    @Path("{username}/unlock")
    public Response unlock(@PathParam("username") String username) {
        accounts.unlock(username);
        return Response.noContent().build();
    }

    @PUT
    @Path("{username}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserJson changeRole(@PathParam("username") String username, RoleChange change) {
        return UserJson.of(accounts.changeRole(username, change == null ? null : change.role()));
    }

    @PUT
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserJson resetPassword(@PathParam("username") String username, PasswordReset reset) {
        return UserJson.of(accounts.resetPassword(
                username,
                reset == null || reset.password() == null
                        ? new char[0]
                        : reset.password().toCharArray()));
    }

    @POST
    @Path("{username}/disable")
    public UserJson disable(@PathParam("username") String username) {
        return UserJson.of(accounts.disable(username, caller()));
    }

    @POST
    @Path("{username}/enable")
    public UserJson enable(@PathParam("username") String username) {
        return UserJson.of(accounts.enable(username));
    }

    /** 204; the decisions the user made keep the name as their author. */
    @DELETE
    @Path("{username}")
    public Response delete(@PathParam("username") String username) {
        accounts.delete(username, caller());
        return Response.noContent().build();
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }

    @GET
    public List<UserJson> all() {
        return accounts.all().stream().map(UserJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewUser user) {
        if (user == null || user.password() == null || user.role() == null) {
            throw new InvalidRequestException(
                    "Send {\"username\":…,\"password\":…,\"role\":\"LIBRARIAN\" or \"ADMIN\"}.");
        }
        return Response.status(201)
                .entity(UserJson.of(
                        accounts.create(user.username(), user.password().toCharArray(), user.role())))
                .build();
    }
}
