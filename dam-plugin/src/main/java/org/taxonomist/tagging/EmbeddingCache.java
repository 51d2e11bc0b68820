package org.taxonomist.tagging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.awt.image.BufferedImage;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.taxonomist.audit.AuditTrail;
import org.taxonomist.config.UploadLimits;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.dam.SimilarImageIndex;
import org.taxonomist.models.backbone.Backbone;
import org.taxonomist.models.backbone.BackboneOutput;
import org.taxonomist.models.backbone.EmbeddingBytes;
import org.taxonomist.models.backbone.EmbeddingSpace;
import org.taxonomist.models.duplicates.PerceptualHash;
import org.taxonomist.models.image.ImageDecoder;
import org.taxonomist.models.image.ImageTooLargeException;
import org.taxonomist.models.image.UnreadableImageException;

/** Embeddings by content hash and backbone: computed on first need, read from the database after. */
@ApplicationScoped
public class EmbeddingCache {

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    @Inject
    DamAdapter dam;

    @Inject
    ModelRuntime runtime;

    @Inject
    UploadLimits limits;

    /** The DAM's, where it has one. */
    @Inject
    Instance<SimilarImageIndex> imageIndex;

    /** The asset's embeddings, computed and saved where missing. */
    @Transactional
    public Map<String, CachedEmbedding> embeddings(DamAsset asset) {
        EmbeddedAsset embedded = embed(asset);
        save(embedded);
        return embedded.embeddings();
    }

    /**
     * The asset's embedding by every loaded backbone, the default backbone first: read from the
     * database, or computed but not saved. Writes nothing, so a batch can run it outside its
     * transaction and skip what fails.
     *
     * @throws AssetImageException the image file is missing, corrupt or too large
     */
    public EmbeddedAsset embed(DamAsset asset) {
        return embed(asset, runtime.backbones());
    }

    /**
     * The asset's embedding by each of the backbones, as {@link #embed(DamAsset)} does for the loaded ones.
     *
     * @throws AssetImageException the image file is missing, corrupt or too large
     */
    public EmbeddedAsset embed(DamAsset asset, List<Backbone> backbones) {
        return embedAll(List.of(prepare(asset, backbones))).get(0);
    }

    /**
     * What the asset needs from the backbones: the cached embeddings, and the network inputs for
     * the backbones that never saw the image, and its perceptual hash if none is kept (decoded once,
     * only if one of those is missing).
     *
     * @throws AssetImageException the image file is missing, corrupt or too large
     */
    public AssetToEmbed prepare(DamAsset asset, List<Backbone> backbones) {
        Map<String, CachedEmbedding> cached = new HashMap<>();
        Map<String, float[]> inputs = new HashMap<>();
        BufferedImage image = null;
        for (Backbone backbone : backbones) {
            String key = key(backbone);
            Optional<CachedEmbedding> found = find(asset.contentHash(), key);
            if (found.isPresent()) {
                cached.put(key, found.get());
                continue;
            }
            if (image == null) {
                image = image(asset.id());
            }
            inputs.put(key, backbone.input(image));
        }
        ImageFingerprint fingerprint = null;
        if (fingerprint(asset.contentHash()).isEmpty()) {
            fingerprint = new ImageFingerprint(
                    asset.contentHash(), PerceptualHash.of(image == null ? image(asset.id()) : image));
        }
        return new AssetToEmbed(asset, backbones, cached, inputs, fingerprint);
    }

    /**
     * Runs each backbone the assets were prepared for once over the inputs of all of them (in
     * batches, as the network likes best); the result is in the order of {@code assets}. Writes nothing.
     */
    public List<EmbeddedAsset> embedAll(List<AssetToEmbed> assets) {
        Map<String, Iterator<BackboneOutput>> outputs = new HashMap<>();
        Map<String, Backbone> backbones = new LinkedHashMap<>();
        assets.forEach(a -> a.backbones().forEach(b -> backbones.putIfAbsent(key(b), b)));
        for (Backbone backbone : backbones.values()) {
            String key = key(backbone);
            List<float[]> inputs = assets.stream()
                    .map(a -> a.inputs().get(key))
                    .filter(Objects::nonNull)
                    .toList();
            outputs.put(key, backbone.embedInputs(inputs).iterator());
        }
        List<EmbeddedAsset> embedded = new ArrayList<>(assets.size());
        for (AssetToEmbed asset : assets) {
            Map<String, CachedEmbedding> byBackbone = new LinkedHashMap<>();
            for (Backbone backbone : asset.backbones()) {
                String key = key(backbone);
                if (asset.inputs().containsKey(key)) {
                    BackboneOutput output = outputs.get(key).next();
                    byBackbone.put(
                            key,
                            new CachedEmbedding(
                                    asset.asset().contentHash(), key, output.embedding(), output.pretrainedScores()));
                } else {
                    byBackbone.put(key, asset.cached().get(key));
                }
            }
            embedded.add(new EmbeddedAsset(asset.asset(), byBackbone, asset.newFingerprint()));
        }
        return embedded;
    }

    /** The asset's image, RGB, decoded within the upload limits. */
    BufferedImage image(long assetId) {
        try {
            return ImageDecoder.toRgb(ImageDecoder.decode(dam.content(assetId), limits.maxPixels())
                    .image());
        } catch (UnreadableImageException | ImageTooLargeException | UncheckedIOException e) {
            throw new AssetImageException(assetId, e);
        }
    }

    /**
     * Saves the embeddings {@link #embed} computed, and hands all of the asset's to the DAM's similar-image index (the
     * cached ones too, so that the {@code embed} job fills the index for assets embedded before it had one).
     */
    @Transactional
    public void save(EmbeddedAsset embedded) {
        embedded.embeddings().values().stream().filter(CachedEmbedding::isNew).forEach(em::persist);
        if (embedded.newFingerprint() != null) {
            em.persist(embedded.newFingerprint());
        }
        embedded.embeddings().values().forEach(e -> index(embedded.asset().id(), e));
    }

    private void index(long assetId, CachedEmbedding embedding) {
        imageIndex.stream().forEach(index -> index.put(assetId, embedding.backbone(), embedding.vector()));
    }

    /** Saves an embedding computed elsewhere (by an upload's object detection), unless the image has one. */
    @Transactional
    public void saveIfMissing(DamAsset asset, Backbone backbone, BackboneOutput output) {
        String key = key(backbone);
        if (find(asset.contentHash(), key).isEmpty()) {
            CachedEmbedding embedding =
                    new CachedEmbedding(asset.contentHash(), key, output.embedding(), output.pretrainedScores());
            em.persist(embedding);
            index(asset.id(), embedding);
        }
    }

    /**
     * Saves a batch job's embeddings at once (a flush): an embedding that another transaction
     * saved meanwhile (an upload's tagging of the same new image) fails here, as a
     * {@link jakarta.persistence.PersistenceException} the job retries and then finds cached,
     * rather than at the chunk's commit, which fails the job.
     */
    @Transactional
    public void saveNow(List<EmbeddedAsset> embedded) {
        embedded.forEach(this::save);
        em.flush();
    }

    /** Writes the transaction's pending embeddings now: see {@link #saveNow}. */
    public void flush() {
        em.flush();
    }

    /** How many images each backbone (by {@link #key}) has embedded. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery(
                        "select e.backbone, count(e) from CachedEmbedding e group by e.backbone order by e.backbone",
                        Object[].class)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * Forgets a backbone's embeddings (after removing the backbone, or to have them computed again,
     * e.g. by the {@code embed} job); how many there were.
     */
    @Transactional
    public int forget(String backboneKey) {
        int forgotten = em.createQuery("delete from CachedEmbedding e where e.backbone = :backbone")
                .setParameter("backbone", backboneKey)
                .executeUpdate();
        imageIndex.stream().forEach(index -> index.forget(backboneKey));
        audit.record("embeddings.forget", "backbone " + backboneKey, forgotten + " embeddings", null);
        return forgotten;
    }

    /** In a transaction: PostgreSQL hands out the vector (a large object) only inside one. */
    @Transactional
    public Optional<CachedEmbedding> find(String contentHash, String backboneKey) {
        return em.createQuery(
                        "select e from CachedEmbedding e where e.contentHash = :hash and e.backbone = :backbone",
                        CachedEmbedding.class)
                .setParameter("hash", contentHash)
                .setParameter("backbone", backboneKey)
                .getResultStream()
                .findFirst();
    }

    /** The image's perceptual hash, kept since it was first embedded (after upgrading, once the embed job ran). */
    public Optional<Long> fingerprint(String contentHash) {
        return Optional.ofNullable(em.find(ImageFingerprint.class, contentHash))
                .map(ImageFingerprint::getPerceptualHash);
    }

    /** Every image's embedding by the backbone ({@link #key}), by content hash: a whole collection's check reads them at once. */
    @Transactional
    public Map<String, float[]> vectors(String backboneKey) {
        Map<String, float[]> vectors = new HashMap<>();
        em.createQuery(
                        "select e.contentHash, e.vector from CachedEmbedding e where e.backbone = :backbone",
                        Object[].class)
                .setParameter("backbone", backboneKey)
                .getResultStream()
                .forEach(row -> vectors.put((String) row[0], EmbeddingBytes.floats((byte[]) row[1])));
        return vectors;
    }

    /** Every perceptual hash kept, by content hash. */
    @Transactional
    public Map<String, Long> fingerprints() {
        return em.createQuery("select f from ImageFingerprint f", ImageFingerprint.class)
                .getResultStream()
                .collect(Collectors.toMap(ImageFingerprint::getContentHash, ImageFingerprint::getPerceptualHash));
    }

    /** The perceptual hashes kept for those of the images that have one, by content hash, in one read. */
    public Map<String, Long> fingerprints(Collection<String> contentHashes) {
        if (contentHashes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select f from ImageFingerprint f where f.contentHash in :hashes", ImageFingerprint.class)
                .setParameter("hashes", contentHashes)
                .getResultStream()
                .collect(Collectors.toMap(ImageFingerprint::getContentHash, ImageFingerprint::getPerceptualHash));
    }

    public static String key(Backbone backbone) {
        return EmbeddingSpace.key(backbone);
    }
}
