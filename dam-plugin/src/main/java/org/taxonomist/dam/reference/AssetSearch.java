package org.taxonomist.dam.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.taxonomist.dam.AssetSearched;

/**
 * Full-text search over title, keywords and taxonomy terms, optionally narrowed to assets that
 * carry a given term in a given field. An empty query lists every asset, newest first.
 */
@ApplicationScoped
public class AssetSearch {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<AssetSearched> searched;

    /** A page of hits and the total number of matches. */
    public record Hits(List<Asset> assets, long total) {
    }

    @Transactional
    public Hits search(String query, String field, String term, int offset, int limit, String user) {
        String text = query == null ? "" : query.strip();
        SearchResult<Asset> result = Search.session(em).search(Asset.class)
                .where((f, root) -> {
                    root.add(f.matchAll());
                    if (!text.isEmpty()) {
                        root.add(f.simpleQueryString().fields("title", "keywords", "values.term")
                                .matching(text).defaultOperator(org.hibernate.search.engine.search.common.BooleanOperator.AND));
                    }
                    if (field != null && !field.isBlank() && term != null && !term.isBlank()) {
                        root.add(f.match().field("values.fieldTerm").matching(FieldValue.filterKey(field, term)));
                    }
                })
                .sort(f -> text.isEmpty() ? f.field("createdAt").desc() : f.score())
                .fetch(Math.max(0, offset), Math.max(1, Math.min(limit, 500)));
        if (!text.isEmpty()) {
            searched.fire(new AssetSearched(text, result.total().hitCount(), user));
        }
        return new Hits(result.hits(), result.total().hitCount());
    }
}
