package org.taxonomist.batch.rest;

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
import java.util.List;
import java.util.Map;
import org.taxonomist.batch.schedule.JobSchedule;
import org.taxonomist.batch.schedule.ScheduleFiring;
import org.taxonomist.batch.schedule.Schedules;
import org.taxonomist.failure.InvalidRequestException;
import org.taxonomist.security.Role;

/** Admins schedule jobs with cron expressions, pause, edit, delete and run them now. */
@Path("/schedules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class ScheduleResource {

    /** What a client sends: {@code {"job":"retag","cron":"30 2 * * *","parameters":{"scope":"new"},"paused":false}}. */
    public record ScheduleRequest(String job, String cron, Map<String, String> parameters, boolean paused) {

        Map<String, String> parametersOrNone() {
            return parameters == null ? Map.of() : parameters;
        }
    }

    @Inject
    Schedules schedules;

    @Inject
    ScheduleFiring firing;

    @GET
    public List<JobSchedule> all() {
        return schedules.all();
    }

    @GET
    @Path("{id}")
    public JobSchedule get(@PathParam("id") long id) {
        return schedules.get(id);
    }

    @POST
    public Response create(ScheduleRequest request, @Context SecurityContext security) {
        JobSchedule created = schedules.create(
                required(request).job(),
                request.cron(),
                request.parametersOrNone(),
                request.paused(),
                security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public JobSchedule update(@PathParam("id") long id, ScheduleRequest request) {
        return schedules.update(
                id, required(request).job(), request.cron(), request.parametersOrNone(), request.paused());
    }

    @POST
    @Path("{id}/pause")
    public JobSchedule pause(@PathParam("id") long id) {
        return schedules.pause(id, true);
    }

    @POST
    @Path("{id}/resume")
    public JobSchedule resume(@PathParam("id") long id) {
        return schedules.pause(id, false);
    }

    /** Fires the schedule now; 202 with the schedule, whose lastOutcome says what happened. */
    @POST
    @Path("{id}/run")
    public Response runNow(@PathParam("id") long id, @Context SecurityContext security) {
        return Response.accepted(firing.runNow(id, security.getUserPrincipal().getName()))
                .build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        schedules.delete(id);
        return Response.noContent().build();
    }

    private static ScheduleRequest required(ScheduleRequest request) {
        if (request == null || request.job() == null) {
            throw new InvalidRequestException(
                    "Send {\"job\": ..., \"cron\": ..., \"parameters\": {...}, \"paused\": false}.");
        }
        return request;
    }
}
