package org.taxonomist.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;

/** Enforces {@code @RolesAllowed} on resource methods (or their class) with a JSON 403. */
@Provider
public class RoleCheck implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        RolesAllowed allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed != null && Arrays.stream(allowed.value()).noneMatch(request.getSecurityContext()::isUserInRole)) {
            request.abortWith(Response.status(403)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorMessage(403, "This needs the role " + String.join(" or ", allowed.value()) + "."))
                    .build());
        }
    }
}
