package org.taxonomist.batch.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.taxonomist.audit.AuditCsv;
import org.taxonomist.batch.launch.JobLauncher;
import org.taxonomist.batch.monitor.JobHistory;
import org.taxonomist.batch.monitor.JobMonitor;
import org.taxonomist.batch.monitor.JobProblem;
import org.taxonomist.batch.monitor.JobReport;
import org.taxonomist.dam.UnknownEntryException;
import org.taxonomist.dam.reference.imports.CollectionImport;
import org.taxonomist.dam.reference.imports.ImportFolders;
import org.taxonomist.security.Role;

/**
 * Librarians and admins import a labelled collection: a zip (manifest.csv and the images) as the
 * request body, or a folder an admin dropped under {@code $TAXONOMIST_HOME/imports}.
 */
@Path("/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
public class ImportResource {

    /** An import execution with the rows it skipped and why. */
    public record ImportJson(JobReport execution, List<JobProblem> problems) {}

    private static final int SHOWN_PROBLEMS = 1000;

    @Inject
    ImportFolders folders;

    @Inject
    CollectionImport collection;

    @Inject
    JobLauncher launcher;

    @Inject
    JobHistory history;

    @Inject
    JobMonitor monitor;

    /** {@code POST /api/imports?field=Subject} with a zip body: unpacks it and starts the import; 202. */
    @POST
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    public Response upload(InputStream zip, @QueryParam("field") String field, @Context SecurityContext security) {
        String folder = folders.unpack(zip);
        try {
            return start(folder, field, security);
        } catch (RuntimeException e) {
            folders.deleteIfUploaded(folder); // refused: nothing of it stays on the server
            throw e;
        }
    }

    /** {@code POST /api/imports/folders/NAME?field=Subject}: imports a dropped folder; 202. */
    @POST
    @Path("folders/{folder}")
    public Response folder(
            @PathParam("folder") String folder, @QueryParam("field") String field, @Context SecurityContext security) {
        return start(folder, field, security);
    }

    @GET
    @Path("{executionId}")
    public ImportJson get(@PathParam("executionId") long executionId) {
        JobReport report = history.report(executionId);
        if (!report.job().equals("import")) {
            throw new UnknownEntryException("Execution " + executionId + " is not an import.");
        }
        return new ImportJson(report, monitor.problems(executionId, SHOWN_PROBLEMS));
    }

    /**
     * {@code GET /api/imports/ID/skipped.csv}: the rows the import skipped, "line,reason" by line, for the librarian
     * to fix in the manifest and import again (rows already imported are merged, not stored twice).
     */
    @GET
    @Path("{executionId}/skipped.csv")
    @Produces("text/csv")
    public Response skippedRows(@PathParam("executionId") long executionId) {
        get(executionId);
        StringWriter csv = new StringWriter();
        try (CSVPrinter out =
                CSVFormat.RFC4180.builder().setHeader("line", "reason").get().print(csv)) {
            for (JobProblem row : monitor.skippedRows(executionId)) {
                out.printRecord(row.getLine(), AuditCsv.safe(row.getReason()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + executionId + "-skipped-rows.csv\"")
                .build();
    }

    /** Starts the import once the labels are known to fit the chosen field (400 otherwise). */
    private Response start(String folder, String field, SecurityContext security) {
        collection.checkLabelsField(collection.manifest(folder), field);
        Map<String, String> parameters = new HashMap<>();
        parameters.put("folder", folder);
        parameters.put("field", field);
        long id =
                launcher.start("import", parameters, security.getUserPrincipal().getName());
        return Response.accepted(new ImportJson(history.report(id), List.of())).build();
    }
}
