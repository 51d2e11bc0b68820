package org.taxonomist.dam.reference.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.taxonomist.dam.reference.AssetSearch;
import org.taxonomist.rest.Paging;
import org.taxonomist.security.CrossSiteRequestFilter;
import org.taxonomist.security.Role;

/** Full-text search over title, keywords and taxonomy terms, with an optional field=term filter and super-label expansion. */
@Path("/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
public class SearchResource {

    @Inject
    AssetSearch search;

    @Context
    SecurityContext security;

    /**
     * One page of search results: the assets the query matches, then those synonyms and named super-labels add
     * ({@code expanded} of the {@code total}, {@code bySynonym} of them through synonyms), each of those with its
     * {@code via}; {@code withheld}: what unnamed super-labels would add ({@code tentative=true} lists them).
     * {@code unlabelled=Field} keeps the assets with no term in that field.
     */
    public record SearchJson(long total, long expanded, long bySynonym, long withheld, List<AssetJson> assets) {}

    @GET
    public SearchJson search(
            @QueryParam("q") String q,
            @QueryParam("field") String field,
            @QueryParam("term") String term,
            @QueryParam("unlabelled") String unlabelled,
            @QueryParam("tentative") @DefaultValue("false") boolean tentative,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit,
            @HeaderParam("Sec-Fetch-Site") String fetchSite) {
        Paging page = Paging.of(offset, limit);
        AssetSearch.Hits hits = search.search(
                q,
                new AssetSearch.Narrowing(field, term, unlabelled, null),
                tentative,
                page.offset(),
                page.limit(),
                security.getUserPrincipal().getName(),
                !CrossSiteRequestFilter.sentByAnotherSite(fetchSite));
        return new SearchJson(
                hits.total(),
                hits.expanded(),
                hits.bySynonym(),
                hits.withheld(),
                hits.assets().stream()
                        .map(a -> AssetJson.hit(a, hits.reasons().get(a.getId())))
                        .toList());
    }
}
