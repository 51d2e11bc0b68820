package org.taxonomist.tagging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
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

    /** The embedding of an asset's image, computing and storing it if this backbone never saw it. */
    @Transactional
    public CachedEmbedding embedding(long assetId, String contentHash) {
        Backbone backbone = runtime.backbone();
        String key = key(backbone);
        return find(contentHash, key).orElseGet(() -> {
            byte[] bytes = dam.content(assetId);
            var image = ImageDecoder.toRgb(ImageDecoder.decode(bytes, limits.maxPixels()).image());
            BackboneOutput output = backbone.embed(image);
            CachedEmbedding embedding = new CachedEmbedding(contentHash, key, output.embedding(), output.pretrainedScores());
            em.persist(embedding);
            return embedding;
        });
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
