package org.taxonomist.dam.reference.rest;

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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.taxonomist.dam.TaxonomyFieldDefinition;
import org.taxonomist.dam.reference.Taxonomy;
import org.taxonomist.failure.InvalidRequestException;
import org.taxonomist.security.Role;

/** The taxonomy, its terms and their synonyms: anyone logged in reads it, admins edit it. */
@Path("/taxonomy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
public class TaxonomyResource {

    @Inject
    Taxonomy taxonomy;

    @GET
    public List<TaxonomyFieldJson> fields() {
        return taxonomy.fields().stream().map(TaxonomyFieldJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public TaxonomyFieldJson create(TaxonomyFieldDefinition field) {
        if (field == null || field.name() == null || field.name().isBlank()) {
            throw new InvalidRequestException(
                    "A field needs a name, e.g. {\"name\":\"Season\",\"multiValued\":false,\"terms\":[\"Summer\"]}.");
        }
        return TaxonomyFieldJson.of(taxonomy.create(
                field.name().strip(), field.multiValued(), field.terms() == null ? List.of() : field.terms()));
    }

    @PUT
    @Path("{field}/{term}")
    @RolesAllowed(Role.ADMIN_NAME)
    public TaxonomyFieldJson addTerm(@PathParam("field") String field, @PathParam("term") String term) {
        taxonomy.addTerm(field, term);
        return TaxonomyFieldJson.of(taxonomy.field(field));
    }

    @DELETE
    @Path("{field}/{term}")
    @RolesAllowed(Role.ADMIN_NAME)
    public TaxonomyFieldJson removeTerm(@PathParam("field") String field, @PathParam("term") String term) {
        taxonomy.removeTerm(field, term);
        return TaxonomyFieldJson.of(taxonomy.field(field));
    }

    /** Replaces the term's synonyms with the JSON list, e.g. {@code ["cars","automobiles"]}; {@code []} removes them. */
    @PUT
    @Path("{field}/{term}/synonyms")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public TaxonomyFieldJson setSynonyms(
            @PathParam("field") String field, @PathParam("term") String term, List<String> synonyms) {
        if (synonyms == null) {
            throw new InvalidRequestException(
                    "Send the term's synonyms as a JSON list, e.g. [\"cars\",\"automobiles\"].");
        }
        taxonomy.setSynonyms(field, term, synonyms);
        return TaxonomyFieldJson.of(taxonomy.field(field));
    }
}
