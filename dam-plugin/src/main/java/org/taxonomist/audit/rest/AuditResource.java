package org.taxonomist.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.taxonomist.audit.AuditCsv;
import org.taxonomist.audit.AuditEntry;
import org.taxonomist.audit.AuditFilter;
import org.taxonomist.audit.AuditTrail;
import org.taxonomist.failure.InvalidRequestException;
import org.taxonomist.rest.Paging;
import org.taxonomist.security.Role;

/** Admins read the audit log, filtered, as JSON pages or as one CSV file. */
@Path("/audit")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
public class AuditResource {

    /** The most rows one CSV export holds; narrow the filter for more. */
    static final int MAX_EXPORT = 100_000;

    public record AuditJson(
            long id,
            Instant at,
            String actor,
            String address,
            String action,
            String target,
            String before,
            String after) {

        static AuditJson of(AuditEntry e) {
            return new AuditJson(
                    e.getId(),
                    e.getAt(),
                    e.getActor(),
                    e.getAddress(),
                    e.getAction(),
                    e.getTarget(),
                    e.getBefore(),
                    e.getAfter());
        }
    }

    public record AuditPage(long total, List<AuditJson> entries) {}

    @Inject
    AuditTrail audit;

    /** {@code GET /api/audit?actor=lena&action=user.&from=2026-12-01T00:00:00Z&to=…&offset=0&limit=100}, newest first. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public AuditPage list(
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        AuditFilter filter = filter(actor, action, from, to);
        Paging page = Paging.of(offset, limit);
        return new AuditPage(
                audit.count(filter),
                audit.find(filter, page.offset(), page.limit()).stream()
                        .map(AuditJson::of)
                        .toList());
    }

    /** {@code GET /api/audit/csv?…}: the same filters, every matching entry (up to {@value #MAX_EXPORT}) as CSV. */
    @GET
    @Path("csv")
    @Produces("text/csv")
    public Response csv(
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        List<AuditEntry> entries = audit.find(filter(actor, action, from, to), 0, MAX_EXPORT);
        StreamingOutput body = out -> {
            OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            AuditCsv.write(entries, writer);
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit.csv\"")
                .build();
    }

    private static AuditFilter filter(String actor, String action, String from, String to) {
        return new AuditFilter(blankToNull(actor), blankToNull(action), instant("from", from), instant("to", to));
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(
                    name + " must be an instant such as 2026-12-01T00:00:00Z, not '" + value + "'.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
