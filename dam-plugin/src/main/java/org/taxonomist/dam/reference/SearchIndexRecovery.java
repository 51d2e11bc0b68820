package org.taxonomist.dam.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;

/**
 * Rebuilds the search index from the database when it does not hold every asset: the index directory was lost or
 * restored from an older backup, or the server died between committing assets and writing their documents. The
 * database is the record; the index (text, terms and image vectors) is derived from it in full by Hibernate Search's
 * mass indexer, before the server takes requests. Its segments are left to Lucene's background merges: forcing one
 * segment at the end rebuilt the vector graphs in rounds on one thread, more than 25 minutes at 100,000 assets.
 */
@ApplicationScoped
public class SearchIndexRecovery {

    private static final Logger LOG = Logger.getLogger(SearchIndexRecovery.class.getName());

    @PersistenceContext
    EntityManager em;

    @PersistenceUnit
    EntityManagerFactory factory;

    /** Rebuilds the index if its count of assets differs from the database's; whether it did. */
    public boolean rebuildIfIncomplete() {
        long stored = storedAssets();
        long indexed = indexedAssets();
        if (stored == indexed) {
            return false;
        }
        LOG.warning("The search index holds " + indexed + " of the " + stored + " assets: rebuilding it");
        long start = System.nanoTime();
        try {
            Search.mapping(factory)
                    .scope(Asset.class)
                    .massIndexer()
                    .threadsToLoadObjects(Math.max(1, Runtime.getRuntime().availableProcessors() / 2))
                    .batchSizeToLoadObjects(100)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(
                    "Rebuilding the search index was interrupted; it is rebuilt at the next start", e);
        }
        LOG.info("Search index rebuilt: " + indexedAssets() + " assets in " + (System.nanoTime() - start) / 1_000_000
                + " ms");
        return true;
    }

    @Transactional
    long storedAssets() {
        return em.createQuery("select count(a) from Asset a", Long.class).getSingleResult();
    }

    @Transactional
    long indexedAssets() {
        return Search.session(em).search(Asset.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }
}
