package org.taxonomist.searchlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.taxonomist.dam.AssetSearched;

/** Observes the DAM's searches and keeps a log of them. */
@ApplicationScoped
public class SearchLog {

    @PersistenceContext
    EntityManager em;

    /** Runs inside the search's transaction. */
    void onSearch(@Observes AssetSearched searched) {
        em.persist(new SearchLogEntry(searched.query(), searched.hits(), searched.user()));
    }

    public List<SearchLogEntry> latest(int limit) {
        return em.createQuery("select e from SearchLogEntry e order by e.searchedAt desc", SearchLogEntry.class)
                .setMaxResults(limit).getResultList();
    }
}
