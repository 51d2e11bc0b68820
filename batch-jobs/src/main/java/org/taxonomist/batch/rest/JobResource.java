package org.taxonomist.batch.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ClientErrorException;
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
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.Set;
import org.taxonomist.dam.UnknownEntryException;
import org.taxonomist.models.audit.SuspicionMethod;
import org.taxonomist.security.Role;

/** Admins start batch jobs, watch their executions, stop and restart them. */
@Path("/jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class JobResource {

    static final Set<String> JOBS = Set.of("train-heads", "audit-labels");

    /** One job execution as the API shows it. */
    public record ExecutionJson(long executionId, String job, String status, String exitStatus, Instant started, Instant ended) {

        static ExecutionJson of(JobExecution e) {
            return new ExecutionJson(e.getExecutionId(), e.getJobName(), e.getBatchStatus().name(), e.getExitStatus(),
                    instant(e.getStartTime()), instant(e.getEndTime()));
        }

        private static Instant instant(Date date) {
            return date == null ? null : date.toInstant();
        }
    }

    /**
     * Starts a job: {@code train-heads[?field=F&activate=true]} or
     * {@code audit-labels?field=F[&method=mse|worst|confident]}.
     */
    @POST
    @Path("{job}")
    public Response start(@PathParam("job") String job, @QueryParam("field") String field,
                          @QueryParam("activate") boolean activate, @QueryParam("method") String method,
                          @Context SecurityContext security) {
        if (!JOBS.contains(job)) {
            throw new UnknownEntryException("There is no job '" + job + "'; jobs: " + JOBS + ".");
        }
        Properties parameters = new Properties();
        if (field != null && !field.isBlank()) {
            parameters.setProperty("field", field);
        } else if (job.equals("audit-labels")) {
            throw new IllegalArgumentException("An audit needs ?field= naming the field to audit.");
        }
        if (method != null && !method.isBlank()) {
            parameters.setProperty("method", SuspicionMethod.named(method).label());
        }
        parameters.setProperty("activate", Boolean.toString(activate));
        parameters.setProperty("user", security.getUserPrincipal().getName());
        JobOperator operator = BatchRuntime.getJobOperator();
        long id = operator.start(job, parameters);
        return Response.accepted(ExecutionJson.of(operator.getJobExecution(id))).build();
    }

    @GET
    @Path("executions/{id}")
    public ExecutionJson execution(@PathParam("id") long id) {
        try {
            return ExecutionJson.of(BatchRuntime.getJobOperator().getJobExecution(id));
        } catch (NoSuchJobExecutionException e) {
            throw new UnknownEntryException("There is no job execution " + id + ".");
        }
    }

    /** Asks a running execution to stop after the work in hand (a step's current batchlet or chunk). */
    @POST
    @Path("executions/{id}/stop")
    public ExecutionJson stop(@PathParam("id") long id) {
        execution(id);
        try {
            BatchRuntime.getJobOperator().stop(id);
        } catch (JobExecutionNotRunningException e) {
            throw new ClientErrorException("Execution " + id + " is not running.", Response.Status.CONFLICT);
        }
        return execution(id);
    }

    /** Runs a stopped or failed execution again, with its parameters, from where it ended. */
    @POST
    @Path("executions/{id}/restart")
    public Response restart(@PathParam("id") long id) {
        execution(id);
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            long restarted = operator.restart(id, operator.getParameters(id));
            return Response.accepted(ExecutionJson.of(operator.getJobExecution(restarted))).build();
        } catch (JobExecutionAlreadyCompleteException | JobExecutionNotMostRecentException | JobRestartException e) {
            throw new ClientErrorException("Execution " + id + " cannot be restarted: " + e.getMessage(), Response.Status.CONFLICT);
        }
    }
}
