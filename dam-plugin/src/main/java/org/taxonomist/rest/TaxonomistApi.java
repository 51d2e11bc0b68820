package org.taxonomist.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API under /api; every resource needs a librarian or admin (see web.xml and {@link RoleCheck}). */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Taxonomist",
                        version = "0.1",
                        description =
                                "Assets, taxonomy, search and suggestions of the Taxonomist DAM plugin. HTTP Basic authentication."))
public class TaxonomistApi extends Application {}
