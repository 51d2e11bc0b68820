package org.taxonomist.searchlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.taxonomist.dam.AssetSearched;

/**
 * Observes the DAM's searches and keeps a log of them. A search counts as finding nothing when
 * neither the query nor a taxonomy synonym matched an asset, even if super-labels added some: the
 * taxonomy and the metadata still lack the words people use, which is what the report of
 * zero-result queries is for. A synonym's match is the taxonomy answering, so it counts as a hit.
 */
@ApplicationScoped
public class SearchLog {

    @PersistenceContext
    EntityManager em;

    /** A query that matched nothing directly: how often (any letter case), when last, and how often super-labels answered it. */
    public record ZeroResultQuery(String query, long searches, Instant lastSearched, long answeredBySuperLabels) {}

    /** Runs inside the search's transaction. */
    void onSearch(@Observes AssetSearched searched) {
        em.persist(new SearchLogEntry(searched.query(), searched.hits(), searched.expanded(), searched.user()));
    }

    public List<SearchLogEntry> latest(int limit) {
        return em.createQuery("select e from SearchLogEntry e order by e.searchedAt desc", SearchLogEntry.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The most frequent queries without a direct hit since {@code since}, most frequent first. */
    public List<ZeroResultQuery> zeroResults(Instant since, int limit) {
        return em.createQuery(
                        "select lower(e.query), count(e), max(e.searchedAt), sum(case when e.expanded > 0 then 1 else 0 end) "
                                + "from SearchLogEntry e where e.hits = 0 and e.searchedAt >= :since "
                                + "group by lower(e.query) order by count(e) desc, max(e.searchedAt) desc",
                        Object[].class)
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new ZeroResultQuery(
                        (String) row[0], (Long) row[1], (Instant) row[2], ((Number) row[3]).longValue()))
                .toList();
    }
}
