package org.taxonomist.dam.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.taxonomist.dam.AssetSearched;
import org.taxonomist.dam.SearchExpansion;

/**
 * Full-text search over title, keywords and taxonomy terms, optionally narrowed ({@link Narrowing}) to
 * assets that carry a given term in a given field, that have no term in a field, or that are among
 * given assets. An empty query lists every asset, newest first. A text
 * query is first expanded by the taxonomy's synonyms (a query naming "cars" adds the assets with
 * Subject "Vehicles", "via synonym of Vehicles"), then offered to the plugin as a
 * {@link SearchExpansion}: the assets added (and the filter lets through) follow the direct hits,
 * strongest first, each with its reason.
 */
@ApplicationScoped
public class AssetSearch {

    /** Expansions considered per search: they come after the direct hits, so few people page that far. */
    static final int MAX_EXPANSIONS = 500;

    /** Above every super-label score (a share, at most 1): the DAM's own synonyms come first among the expansions. */
    static final double SYNONYM_STRENGTH = 2;

    @PersistenceContext
    EntityManager em;

    @Inject
    Taxonomy taxonomy;

    @Inject
    Event<SearchExpansion> expanding;

    @Inject
    Event<AssetSearched> searched;

    /**
     * What a search is narrowed to besides its text; every part is optional (null: no restriction).
     *
     * @param field        with {@code term}: the assets carrying that term in that field
     * @param unlabelledIn the assets with no term in this field
     * @param within       the assets among these (ids another part of the system chose, such as those waiting for
     *                     review)
     */
    public record Narrowing(String field, String term, String unlabelledIn, Collection<Long> within) {

        /** Whether it lets through fewer than all assets. */
        boolean narrows() {
            return present(field) && present(term) || present(unlabelledIn) || within != null;
        }
    }

    /**
     * A page of results.
     *
     * @param total    direct hits and expansions together
     * @param expanded how many of the total are expansions
     * @param bySynonym how many of the expansions a taxonomy synonym added
     * @param withheld how many tentative expansions were left out (asking for every expansion lists them)
     * @param reasons  why each expanded asset on this page is there, by asset id (direct hits have none)
     */
    public record Hits(
            List<Asset> assets, long total, long expanded, long bySynonym, long withheld, Map<Long, String> reasons) {}

    /**
     * @param everyExpansion whether tentative expansions (unnamed super-labels) are listed too
     * @param recorded whether the search goes into the search log (when it asks for the first page:
     *                 later pages are the same search); false for searches another site may have forged
     */
    @Transactional
    public Hits search(
            String query,
            Narrowing narrowing,
            boolean everyExpansion,
            int offset,
            int limit,
            String user,
            boolean recorded) {
        String text = query == null ? "" : query.strip();
        int first = Math.max(0, offset);
        int size = Math.max(1, Math.min(limit, 500));
        SearchSession session = Search.session(em);
        SearchResult<Asset> result = session.search(Asset.class)
                .where((f, root) -> matching(f, root, text, narrowing))
                .sort(f -> text.isEmpty() ? f.field("createdAt").desc() : f.score())
                .fetch(first, size);
        long direct = result.total().hitCount();
        if (text.isEmpty()) {
            return new Hits(result.hits(), direct, 0, 0, 0, Map.of());
        }
        Set<Long> synonymMatches = new HashSet<>();
        List<SearchExpansion.Expansion> offered = expansions(session, text, narrowing, synonymMatches);
        List<SearchExpansion.Expansion> expansions =
                offered.stream().filter(e -> everyExpansion || !e.tentative()).toList();
        long bySynonym = expansions.stream()
                .filter(e -> synonymMatches.contains(e.assetId()))
                .count();
        if (recorded && first == 0) {
            searched.fire(new AssetSearched(text, direct + bySynonym, expansions.size() - bySynonym, user));
        }
        List<Asset> page = new ArrayList<>(result.hits());
        Map<Long, String> reasons = new HashMap<>();
        int from = (int) Math.min(expansions.size(), Math.max(0, first - direct));
        for (SearchExpansion.Expansion expansion :
                expansions.subList(from, Math.min(expansions.size(), from + size - page.size()))) {
            page.add(em.find(Asset.class, expansion.assetId())); // the index query just found it
            reasons.put(expansion.assetId(), expansion.reason());
        }
        return new Hits(
                page,
                direct + expansions.size(),
                expansions.size(),
                bySynonym,
                offered.size() - expansions.size(),
                reasons);
    }

    /**
     * What synonyms (their assets also go into {@code synonymMatches}) and the plugin add, less the
     * assets the query matches itself and those the field filter excludes.
     */
    private List<SearchExpansion.Expansion> expansions(
            SearchSession session, String text, Narrowing narrowing, Set<Long> synonymMatches) {
        SearchExpansion expansion = new SearchExpansion(text);
        addSynonymMatches(session, expansion, synonymMatches);
        expanding.fire(expansion);
        List<SearchExpansion.Expansion> offered =
                expansion.expansions().stream().limit(MAX_EXPANSIONS).toList();
        if (offered.isEmpty()) {
            return List.of();
        }
        List<Long> ids =
                offered.stream().map(SearchExpansion.Expansion::assetId).toList();
        Set<Long> kept = new HashSet<>(session.search(Asset.class)
                .select(f -> f.id(Long.class))
                .where((f, root) -> {
                    matching(f, root, "", narrowing);
                    root.add(f.id().matchingAny(ids));
                    root.add(f.not(textMatch(f, text)));
                })
                .fetchHits(ids.size()));
        return offered.stream().filter(e -> kept.contains(e.assetId())).toList();
    }

    /**
     * Synonyms are the DAM's own taxonomy, so the DAM adds their assets itself, before the event
     * that is the plugin's way in; one added by both keeps the stronger reason, the synonym.
     */
    private void addSynonymMatches(SearchSession session, SearchExpansion expansion, Set<Long> synonymMatches) {
        for (TaxonomyField field : taxonomy.fields()) {
            for (String term : field.termsNamedBy(expansion.query())) {
                String reason = "via synonym of " + term;
                session.search(Asset.class)
                        .select(f -> f.id(Long.class))
                        .where(f -> f.match()
                                .field("values.fieldTerm")
                                .matching(FieldValue.filterKey(field.getName(), term)))
                        .fetchHits(MAX_EXPANSIONS)
                        .forEach(id -> {
                            expansion.add(id, SYNONYM_STRENGTH, reason);
                            synonymMatches.add(id);
                        });
            }
        }
    }

    static void matching(
            SearchPredicateFactory f,
            SimpleBooleanPredicateClausesCollector<?> root,
            String text,
            Narrowing narrowing) {
        root.add(f.matchAll());
        if (!text.isEmpty()) {
            root.add(textMatch(f, text));
        }
        if (present(narrowing.field()) && present(narrowing.term())) {
            root.add(f.match()
                    .field("values.fieldTerm")
                    .matching(FieldValue.filterKey(narrowing.field(), narrowing.term())));
        }
        if (present(narrowing.unlabelledIn())) {
            // Every value is indexed as "field=term": a field's values are the keywords with its prefix.
            root.add(f.not(f.wildcard()
                    .field("values.fieldTerm")
                    .matching(wildcardLiteral(FieldValue.filterKey(narrowing.unlabelledIn(), "")) + "*")));
        }
        if (narrowing.within() != null) {
            root.add(narrowing.within().isEmpty() ? f.not(f.matchAll()) : f.id().matchingAny(narrowing.within()));
        }
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** The text with the wildcard syntax's own characters escaped, so that a field called "Q&A?" is taken as it is. */
    static String wildcardLiteral(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
    }

    private static PredicateFinalStep textMatch(SearchPredicateFactory f, String text) {
        return f.simpleQueryString()
                .fields("title", "keywords", "values.term")
                .matching(text)
                .defaultOperator(BooleanOperator.AND);
    }
}
