package org.taxonomist.tagging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.awt.image.BufferedImage;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.taxonomist.config.UploadLimits;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.models.backbone.Backbone;
import org.taxonomist.models.backbone.BackboneOutput;
import org.taxonomist.models.image.ImageDecoder;
import org.taxonomist.models.image.ImageTooLargeException;
import org.taxonomist.models.image.UnreadableImageException;

/** Embeddings by content hash and backbone: computed on first need, read from the database after. */
@ApplicationScoped
public class EmbeddingCache {

    @PersistenceContext
    EntityManager em;

    @Inject
    DamAdapter dam;

    @Inject
    ModelRuntime runtime;

    @Inject
    UploadLimits limits;

    /** The asset's embeddings, computed and saved where missing. */
    @Transactional
    public Map<String, CachedEmbedding> embeddings(DamAsset asset) {
        EmbeddedAsset embedded = embed(asset);
        save(embedded);
        return embedded.embeddings();
    }

    /**
     * The asset's embedding by every loaded backbone, the default backbone first: read from the
     * database, or computed (the image decoded once, only if some backbone never saw it) but not
     * saved. Writes nothing, so a batch can run it outside its transaction and skip what fails.
     *
     * @throws AssetImageException the image file is missing, corrupt or too large
     */
    public EmbeddedAsset embed(DamAsset asset) {
        Map<String, CachedEmbedding> byBackbone = new LinkedHashMap<>();
        BufferedImage image = null;
        for (Backbone backbone : runtime.backbones()) {
            String key = key(backbone);
            Optional<CachedEmbedding> cached = find(asset.contentHash(), key);
            if (cached.isPresent()) {
                byBackbone.put(key, cached.get());
                continue;
            }
            if (image == null) {
                image = decode(asset.id());
            }
            BackboneOutput output = backbone.embed(image);
            byBackbone.put(key, new CachedEmbedding(asset.contentHash(), key, output.embedding(), output.pretrainedScores()));
        }
        return new EmbeddedAsset(asset, byBackbone);
    }

    private BufferedImage decode(long assetId) {
        try {
            return ImageDecoder.toRgb(ImageDecoder.decode(dam.content(assetId), limits.maxPixels()).image());
        } catch (UnreadableImageException | ImageTooLargeException | UncheckedIOException e) {
            throw new AssetImageException(assetId, e);
        }
    }

    /** Saves the embeddings {@link #embed} computed. */
    @Transactional
    public void save(EmbeddedAsset embedded) {
        embedded.embeddings().values().stream().filter(CachedEmbedding::isNew).forEach(em::persist);
    }

    /** How many images each backbone (by {@link #key}) has embedded. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery("select e.backbone, count(e) from CachedEmbedding e group by e.backbone order by e.backbone", Object[].class)
                .getResultList().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * Forgets a backbone's embeddings (after removing the backbone, or to have them computed again,
     * e.g. by the {@code embed} job); how many there were.
     */
    @Transactional
    public int forget(String backboneKey) {
        return em.createQuery("delete from CachedEmbedding e where e.backbone = :backbone")
                .setParameter("backbone", backboneKey).executeUpdate();
    }

    public Optional<CachedEmbedding> find(String contentHash, String backboneKey) {
        return em.createQuery("select e from CachedEmbedding e where e.contentHash = :hash and e.backbone = :backbone",
                        CachedEmbedding.class)
                .setParameter("hash", contentHash).setParameter("backbone", backboneKey)
                .getResultStream().findFirst();
    }

    public static String key(Backbone backbone) {
        return backbone.id() + "@" + backbone.version();
    }
}
