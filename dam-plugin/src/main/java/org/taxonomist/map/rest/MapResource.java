package org.taxonomist.map.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.taxonomist.dam.UnknownEntryException;
import org.taxonomist.failure.InvalidRequestException;
import org.taxonomist.map.MapColouring;
import org.taxonomist.map.MapPoints;
import org.taxonomist.map.MapRegion;
import org.taxonomist.map.MapRun;
import org.taxonomist.map.MapRuns;
import org.taxonomist.rest.Paging;
import org.taxonomist.security.Role;

/**
 * The collection map: its runs, newest first; a run's points as {@link MapPoints} bytes (the run's assets, then those
 * placed on it since); their colouring; and the assets in a region of it. A run is named by its id or
 * {@code latest}.
 */
@Path("/map/runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
public class MapResource {

    @Inject
    MapRuns runs;

    /** A run, as listed. */
    public record RunJson(
            long id,
            String backbone,
            String method,
            long seed,
            int assets,
            int skipped,
            double seconds,
            Instant createdAt,
            String createdBy) {

        static RunJson of(MapRun run) {
            return new RunJson(
                    run.getId(),
                    run.getBackbone(),
                    run.getMethod(),
                    run.getSeed(),
                    run.getAssets(),
                    run.getSkipped(),
                    run.getSeconds(),
                    run.getCreatedAt(),
                    run.getCreatedBy());
        }
    }

    /**
     * A colouring: per point, in the order of the points, the index of its legend group, one byte a point, base64.
     *
     * @param points how many points it colours: a client checks it against the points it has
     */
    public record ColouringJson(String title, List<MapColouring.Group> legend, int points, String codes) {}

    /** A page of the ids of the assets in a region, and how many there are. */
    public record RegionAssets(int total, List<Long> assetIds) {}

    @GET
    public List<RunJson> runs() {
        return runs.runs().stream().map(RunJson::of).toList();
    }

    @GET
    @Path("{run}")
    public RunJson run(@PathParam("run") String run) {
        return RunJson.of(runs.run(runId(run)));
    }

    /** 16 bytes a point, little-endian: asset id (int64), x, y (float32, in [0, 1]). */
    @GET
    @Path("{run}/points")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response points(@PathParam("run") String run) {
        MapPoints points = runs.points(runId(run));
        return Response.ok(points.toBytes())
                .header("X-Map-Points", points.size())
                .header("Cache-Control", "no-store")
                .build();
    }

    /** {@code by}: terms or unlabelled (with {@code field}), suspicion (the last audit's), or none. */
    @GET
    @Path("{run}/colouring")
    public ColouringJson colouring(
            @PathParam("run") String run,
            @QueryParam("by") @DefaultValue("none") String by,
            @QueryParam("field") String field) {
        long id = runId(run);
        MapColouring colouring = switch (by) {
            case "terms" -> runs.byTerm(id, required(field, by));
            case "unlabelled" -> runs.unlabelledIn(id, required(field, by));
            case "suspicion" -> runs.bySuspicion(id);
            case "none" -> MapColouring.none(runs.points(id));
            default ->
                throw new InvalidRequestException(
                        "Colour the map by terms, unlabelled, suspicion or none, not '" + by + "'.");
        };
        return new ColouringJson(
                colouring.title(),
                colouring.legend(),
                colouring.codes().length,
                Base64.getEncoder().encodeToString(colouring.codes()));
    }

    /** {@code region}: x,y;x,y;x,y… in map coordinates, as the console's selection links carry it. */
    @GET
    @Path("{run}/assets")
    public RegionAssets assets(
            @PathParam("run") String run,
            @QueryParam("region") String region,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        Paging page = Paging.of(offset, limit);
        List<Long> inside = runs.assetsIn(runId(run), region(region));
        return new RegionAssets(
                inside.size(),
                inside.subList(
                        Math.min(page.offset(), inside.size()), Math.min(page.offset() + page.limit(), inside.size())));
    }

    private static MapRegion region(String text) {
        try {
            return MapRegion.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }

    private static String required(String field, String by) {
        if (field == null || field.isBlank()) {
            throw new InvalidRequestException("Colouring by " + by + " needs a field: ?field=Subject.");
        }
        return field;
    }

    private long runId(String run) {
        if ("latest".equals(run)) {
            return runs.latest()
                    .map(MapRun::getId)
                    .orElseThrow(() ->
                            new UnknownEntryException("There is no map yet: run the map job (POST /api/jobs/map)."));
        }
        try {
            return Long.parseLong(run);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("A map run is named by its id or 'latest', not '" + run + "'.");
        }
    }
}
