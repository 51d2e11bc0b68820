package org.taxonomist.batch.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.taxonomist.batch.launch.JobLauncher;
import org.taxonomist.batch.monitor.JobHistory;
import org.taxonomist.batch.monitor.JobMonitor;
import org.taxonomist.batch.monitor.JobProblem;
import org.taxonomist.batch.monitor.JobReport;
import org.taxonomist.batch.monitor.JobStateException;
import org.taxonomist.rest.Paging;
import org.taxonomist.security.Role;

/** Admins start batch jobs, watch their executions, stop and restart them. */
@Path("/jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class JobResource {

    private static final int MAX_EXECUTIONS = 500;
    private static final int MAX_PROBLEMS = 10_000;

    @Inject
    JobHistory history;

    @Inject
    JobMonitor monitor;

    @Inject
    JobLauncher launcher;

    /**
     * Starts a job: {@code retag|embed[?scope=all|new|stale&threads=N]},
     * {@code train-heads[?field=F&activate=true]} or {@code audit-labels?field=F[&method=mse|worst|confident]}.
     */
    @POST
    @Path("{job}")
    public Response start(@PathParam("job") String job, @Context UriInfo uri, @Context SecurityContext security) {
        Map<String, String> parameters = new TreeMap<>();
        uri.getQueryParameters().forEach((name, values) -> parameters.put(name, values.get(values.size() - 1)));
        long id = launcher.start(job, parameters, security.getUserPrincipal().getName());
        return Response.accepted(history.report(id)).build();
    }

    /** The most recent executions of all jobs, newest first, with progress and problem counts. */
    @GET
    @Path("executions")
    public List<JobReport> executions(@QueryParam("limit") @DefaultValue("50") int limit) {
        return history.recent(Paging.limit(limit, MAX_EXECUTIONS));
    }

    @GET
    @Path("executions/{id}")
    public JobReport execution(@PathParam("id") long id) {
        return history.report(id);
    }

    /** The assets the execution skipped, with the reasons, and the errors its steps failed with. */
    @GET
    @Path("executions/{id}/problems")
    public List<JobProblem> problems(@PathParam("id") long id, @QueryParam("limit") @DefaultValue("200") int limit) {
        history.report(id);
        return monitor.problems(id, Paging.limit(limit, MAX_PROBLEMS));
    }

    /** Asks a running execution to stop after the work in hand (a step's current batchlet or chunk); 409 when it is not running. */
    @POST
    @Path("executions/{id}/stop")
    public JobReport stop(@PathParam("id") long id) {
        try {
            launcher.stop(id);
        } catch (JobStateException e) {
            throw new ClientErrorException(e.getMessage(), Response.Status.CONFLICT);
        }
        return history.report(id);
    }

    /** Runs a stopped or failed execution again, with its parameters, from where it ended; 409 when it cannot be. */
    @POST
    @Path("executions/{id}/restart")
    public Response restart(@PathParam("id") long id) {
        try {
            return Response.accepted(history.report(launcher.restart(id))).build();
        } catch (JobStateException e) {
            throw new ClientErrorException(e.getMessage(), Response.Status.CONFLICT);
        }
    }
}
