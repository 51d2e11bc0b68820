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
import org.taxonomist.dam.reference.TaxonomyField;
import org.taxonomist.security.Role;

/** The taxonomy: anyone logged in reads it, admins edit it. */
@Path("/taxonomy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
public class TaxonomyResource {

    @Inject
    Taxonomy taxonomy;

    @GET
    public List<TaxonomyFieldDefinition> fields() {
        return taxonomy.fields().stream().map(TaxonomyField::definition).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public TaxonomyFieldDefinition create(TaxonomyFieldDefinition field) {
        if (field == null || field.name() == null || field.name().isBlank()) {
            throw new IllegalArgumentException("A field needs a name, e.g. {\"name\":\"Season\",\"multiValued\":false,\"terms\":[\"Summer\"]}.");
        }
        return taxonomy.create(field.name().strip(), field.multiValued(), field.terms() == null ? List.of() : field.terms())
                .definition();
    }

    @PUT
    @Path("{field}/{term}")
    @RolesAllowed(Role.ADMIN_NAME)
    public TaxonomyFieldDefinition addTerm(@PathParam("field") String field, @PathParam("term") String term) {
        taxonomy.addTerm(field, term);
        return taxonomy.field(field).definition();
    }

    @DELETE
    @Path("{field}/{term}")
    @RolesAllowed(Role.ADMIN_NAME)
    public TaxonomyFieldDefinition removeTerm(@PathParam("field") String field, @PathParam("term") String term) {
        taxonomy.removeTerm(field, term);
        return taxonomy.field(field).definition();
    }
}
