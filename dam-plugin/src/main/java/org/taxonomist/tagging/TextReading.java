package org.taxonomist.tagging;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.taxonomist.dam.AssetDeleted;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.dam.SearchExpansion;
import org.taxonomist.models.djl.PaddleTextReader;
import org.taxonomist.models.store.ModelStore;

/**
 * Text in pictures: PaddleOCR reads each tagged image's text ({@link PaddleTextReader}, about
 * 0.3-0.6 s an image on 2 cores), kept per asset and OCR version ({@link PictureText}) and read
 * again only when the image changes; a search finds the assets whose text contains the query,
 * part of a word included. {@code taxonomist.ocr.enabled=false} turns reading off.
 */
@ApplicationScoped
public class TextReading {

    private static final Logger LOG = Logger.getLogger(TextReading.class.getName());
    /** The OCR models with their version: the source of the text kept. */
    public static final String SOURCE = PaddleTextReader.ID;
    /** Shorter queries would match a letter or two anywhere: the DAM's own search answers them. */
    static final int MIN_QUERY_LENGTH = 3;
    /** Below synonyms (above 1) and a super-label's full share (1): the text is literally there. */
    static final double STRENGTH = 0.95;
    /** A search adds at most this many assets by their text, the first read. */
    static final int MAX_EXPANSIONS = 1000;

    @Inject
    @ConfigProperty(name = "taxonomist.ocr.enabled", defaultValue = "true")
    boolean enabled;

    @PersistenceContext
    EntityManager em;

    @Inject
    EmbeddingCache images;

    /** Guarded by this; opened by the first reading, unless it failed to load. */
    private PaddleTextReader reader;

    private boolean failedToLoad;

    /**
     * Whether the OCR models are loaded, loading them if not. Models that cannot be loaded (not
     * fetched) are logged once with what to do, and until a restart no text is read while the
     * rest of tagging goes on.
     */
    public synchronized boolean ready() {
        if (enabled && reader == null && !failedToLoad) {
            try {
                reader = PaddleTextReader.open(ModelStore.fromEnvironment().ocrPackage());
                LOG.info(() -> "OCR " + SOURCE + " loaded");
            } catch (RuntimeException e) {
                failedToLoad = true;
                LOG.log(
                        Level.SEVERE,
                        "The OCR models could not be loaded, so no text is read in pictures until the server restarts: "
                                + e.getMessage(),
                        e);
            }
        }
        return reader != null;
    }

    private synchronized PaddleTextReader reader() {
        if (!ready()) {
            throw new IllegalStateException("The OCR models are not loaded");
        }
        return reader;
    }

    /**
     * Reads the text in the asset's image unless the current OCR read this image of it already, in
     * a transaction of its own (the upload's tagging calls it first, as it does the object
     * detector, so its own transaction stays short).
     *
     * @return whether it read the image now
     * @throws AssetImageException when the image cannot be decoded
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean read(DamAsset asset) {
        Optional<PictureText> kept = find(asset.id());
        if (!ready()
                || kept.filter(t -> t.contentHash().equals(asset.contentHash())).isPresent()) {
            return false;
        }
        kept.ifPresent(em::remove);
        em.flush();
        List<ReadLine> lines = reader().read(images.image(asset.id())).stream()
                .map(ReadLine::new)
                .toList();
        em.persist(new PictureText(asset.id(), asset.contentHash(), SOURCE, lines));
        return true;
    }

    /** The lines read in the asset's image, top to bottom (none before it was read). */
    public List<ReadLine> forAsset(long assetId) {
        return find(assetId).map(PictureText::lines).orElse(List.of());
    }

    private Optional<PictureText> find(long assetId) {
        return em.createQuery(
                        "select t from PictureText t where t.assetId = :asset and t.source = :source",
                        PictureText.class)
                .setParameter("asset", assetId)
                .setParameter("source", SOURCE)
                .getResultStream()
                .findFirst();
    }

    /** Adds the assets whose pictures' text contains the query, whatever its case, as a part of a word too. */
    void expand(@Observes SearchExpansion search) {
        String query = search.query().strip().toLowerCase(Locale.ROOT);
        if (query.length() < MIN_QUERY_LENGTH) {
            return;
        }
        String pattern = "%" + query.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        em.createQuery(
                        "select t.assetId, l.text from PictureText t join t.lines l where t.source = :source"
                                + " and lower(l.text) like :pattern escape '!' order by t.assetId",
                        Object[].class)
                .setParameter("source", SOURCE)
                .setParameter("pattern", pattern)
                .setMaxResults(MAX_EXPANSIONS)
                .getResultList()
                .forEach(row -> search.add((Long) row[0], STRENGTH, "text in the picture: " + row[1]));
    }

    /** A deleted asset's text, whichever OCR version read it, goes with it. */
    void onDelete(@Observes AssetDeleted deleted) {
        em.createQuery("select t from PictureText t where t.assetId = :asset", PictureText.class)
                .setParameter("asset", deleted.assetId())
                .getResultList()
                .forEach(em::remove);
    }

    @PreDestroy
    synchronized void close() {
        if (reader != null) {
            reader.close();
        }
    }
}
