package org.taxonomist.dam.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.search.mapper.orm.Search;

/**
 * Rebuilds the search index from the database when it does not hold every asset (the index directory was lost or
 * restored from an older backup, or the server died between committing assets and writing their documents), or when
 * it was written by a version whose documents look otherwise ({@link ImageVectorFields#LAYOUT}, kept in a file
 * {@code layout} beside the index; an index without one is of layout 1). The
 * database is the record; the index (text, terms and image vectors) is derived from it in full by Hibernate Search's
 * mass indexer, before the server takes requests. Its segments are left to Lucene's background merges: forcing one
 * segment at the end rebuilt the vector graphs in rounds on one thread, more than 25 minutes at 100,000 assets.
 *
 * <p>An OpenSearch index shared by several servers ({@link SearchBackend#SHARED}) is rebuilt only when it holds none of
 * the assets (a new cluster): its count lags the database while changes wait in the outbox, other servers write to it,
 * and Hibernate Search checks its mapping against this version's at start.
 */
@ApplicationScoped
public class SearchIndexRecovery {

    private static final Logger LOG = Logger.getLogger(SearchIndexRecovery.class.getName());

    @PersistenceContext
    EntityManager em;

    @PersistenceUnit
    EntityManagerFactory factory;

    /** Rebuilds the index if its count of assets differs from the database's or its layout is not this version's. */
    public boolean rebuildIfOutdated() {
        boolean shared = SearchBackend.current() == SearchBackend.SHARED;
        String layout = shared ? ImageVectorFields.LAYOUT : layout();
        Optional<String> why = shared
                ? whyRebuildShared(storedAssets(), indexedAssets())
                : whyRebuild(storedAssets(), indexedAssets(), layout);
        if (why.isEmpty()) {
            if (!ImageVectorFields.LAYOUT.equals(layout)) {
                keepLayout(); // a new, empty index
            }
            return false;
        }
        LOG.warning(why.get() + ": rebuilding it");
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
        if (!shared) {
            keepLayout();
        }
        return true;
    }

    /** Why an index of that layout holding that many of the stored assets must be rebuilt; empty if it need not. */
    static Optional<String> whyRebuild(long stored, long indexed, String layout) {
        if (stored != indexed) {
            return Optional.of("The search index holds " + indexed + " of the " + stored + " assets");
        }
        if (stored > 0 && !ImageVectorFields.LAYOUT.equals(layout)) {
            return Optional.of("The search index was written with layout " + layout + ", this version's is "
                    + ImageVectorFields.LAYOUT);
        }
        return Optional.empty();
    }

    /** Why a shared index must be rebuilt: only when it holds none of the stored assets. */
    static Optional<String> whyRebuildShared(long stored, long indexed) {
        return stored > 0 && indexed == 0
                ? Optional.of("The shared search index holds none of the " + stored + " assets")
                : Optional.empty();
    }

    private String layout() {
        try {
            Path file = layoutFile();
            return Files.exists(file) ? Files.readString(file).strip() : "1";
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index's layout file", e);
        }
    }

    private void keepLayout() {
        try {
            Files.createDirectories(layoutFile().getParent());
            Files.writeString(layoutFile(), ImageVectorFields.LAYOUT + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the search index's layout file", e);
        }
    }

    /** Beside the index's own folders, in Hibernate Search's directory root (its default: the working directory). */
    private static Path layoutFile() {
        return Path.of(ConfigProvider.getConfig()
                        .getOptionalValue("hibernate.search.backend.directory.root", String.class)
                        .orElse(""))
                .toAbsolutePath()
                .resolve("layout");
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
