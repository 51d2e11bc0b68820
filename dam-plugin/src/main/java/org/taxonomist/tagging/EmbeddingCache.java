package org.taxonomist.tagging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.taxonomist.config.UploadLimits;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.models.backbone.Backbone;
import org.taxonomist.models.backbone.BackboneOutput;
import org.taxonomist.models.image.ImageDecoder;

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

    /**
     * The asset's embedding by every loaded backbone, keyed by {@link #key}, the default backbone
     * first; the image is decoded once, and only if some backbone never saw it.
     */
    @Transactional
    public Map<String, CachedEmbedding> embeddings(long assetId, String contentHash) {
        Map<String, CachedEmbedding> byBackbone = new LinkedHashMap<>();
        BufferedImage image = null;
        for (Backbone backbone : runtime.backbones()) {
            String key = key(backbone);
            Optional<CachedEmbedding> cached = find(contentHash, key);
            if (cached.isPresent()) {
                byBackbone.put(key, cached.get());
                continue;
            }
            if (image == null) {
                image = ImageDecoder.toRgb(ImageDecoder.decode(dam.content(assetId), limits.maxPixels()).image());
            }
            BackboneOutput output = backbone.embed(image);
            CachedEmbedding embedding = new CachedEmbedding(contentHash, key, output.embedding(), output.pretrainedScores());
            em.persist(embedding);
            byBackbone.put(key, embedding);
        }
        return byBackbone;
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
