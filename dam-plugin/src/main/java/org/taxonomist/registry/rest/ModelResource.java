package org.taxonomist.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.TaxonomyFieldDefinition;
import org.taxonomist.dam.UnknownEntryException;
import org.taxonomist.failure.InvalidRequestException;
import org.taxonomist.registry.FieldAutomation;
import org.taxonomist.registry.FieldAutomations;
import org.taxonomist.registry.ModelRegistry;
import org.taxonomist.registry.ModelVersion;
import org.taxonomist.security.Role;

/** The model registry: versions per field with their metrics, activation and rollback, autofill and autocorrect. */
@Path("/models")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
public class ModelResource {

    @Inject
    ModelRegistry registry;

    @Inject
    FieldAutomations automations;

    @Inject
    DamAdapter dam;

    @Context
    SecurityContext security;

    /**
     * A field's automation: thresholds, or a promised autofill precision; null is off. {@code brandList}: the
     * field's terms are suggested where a picture's text names them (null in a request leaves it as it is).
     */
    public record AutomationJson(Double autofill, Double autofillPrecision, Double autocorrect, Boolean brandList) {

        static AutomationJson of(FieldAutomation a) {
            return new AutomationJson(a.getAutofill(), a.getAutofillPrecision(), a.getAutocorrect(), a.isBrandList());
        }
    }

    /** One model version; {@code report} is the training report (metrics per term, curves, needs more data). */
    public record VersionJson(
            int version,
            boolean active,
            Instant trainedAt,
            int trainingSize,
            List<String> backbones,
            String combiner,
            double macroF1,
            double microF1,
            String activatedBy,
            Instant activatedAt,
            JsonObject report) {

        static VersionJson of(ModelVersion v) {
            return new VersionJson(
                    v.getVersion(),
                    v.isActive(),
                    v.getTrainedAt(),
                    v.getTrainingSize(),
                    v.getBackbones(),
                    v.getCombiner(),
                    v.getMacroF1(),
                    v.getMicroF1(),
                    v.getActivatedBy(),
                    v.getActivatedAt(),
                    Json.createReader(new StringReader(v.getReport())).readObject());
        }
    }

    /** A field learnt from labels, with its active version (null when none) and all versions, newest first. */
    public record FieldModelsJson(
            String field, Integer activeVersion, AutomationJson automation, List<VersionJson> versions) {}

    @GET
    public List<FieldModelsJson> all() {
        return dam.fields().stream()
                .filter(TaxonomyFieldDefinition::learnt)
                .map(f -> field(f.name()))
                .toList();
    }

    @GET
    @Path("{field}")
    public FieldModelsJson field(@PathParam("field") String field) {
        requireField(field);
        List<VersionJson> versions =
                registry.versions(field).stream().map(VersionJson::of).toList();
        Integer active = versions.stream()
                .filter(VersionJson::active)
                .map(VersionJson::version)
                .findFirst()
                .orElse(null);
        return new FieldModelsJson(field, active, AutomationJson.of(automations.of(field)), versions);
    }

    /** Makes a version the active one: a newer one rolls forward, an older one rolls back. */
    @POST
    @Path("{field}/versions/{version}/activate")
    @RolesAllowed(Role.ADMIN_NAME)
    public VersionJson activate(@PathParam("field") String field, @PathParam("version") int version) {
        requireField(field);
        return VersionJson.of(
                registry.activate(field, version, security.getUserPrincipal().getName()));
    }

    @PUT
    @Path("{field}/automation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public AutomationJson automation(@PathParam("field") String field, AutomationJson request) {
        requireField(field);
        if (request == null) {
            throw new InvalidRequestException(
                    "Send {\"autofill\":0.9,\"autocorrect\":null} or {\"autofillPrecision\":0.95} "
                            + "(null or absent turns one off).");
        }
        String user = security.getUserPrincipal().getName();
        FieldAutomation set =
                automations.set(field, request.autofill(), request.autofillPrecision(), request.autocorrect(), user);
        if (request.brandList() != null) {
            set = automations.markBrandList(field, request.brandList(), user);
        }
        return AutomationJson.of(set);
    }

    private void requireField(String field) {
        if (dam.fields().stream().map(TaxonomyFieldDefinition::name).noneMatch(field::equals)) {
            throw new UnknownEntryException("There is no field " + field + ".");
        }
    }
}
