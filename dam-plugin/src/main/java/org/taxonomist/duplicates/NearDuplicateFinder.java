package org.taxonomist.duplicates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.dam.SimilarImageIndex;
import org.taxonomist.dam.SimilarImageIndex.NearestQuery;
import org.taxonomist.models.duplicates.NearDuplicateRule;
import org.taxonomist.models.duplicates.PerceptualHash;
import org.taxonomist.tagging.CachedEmbedding;
import org.taxonomist.tagging.EmbeddedAsset;
import org.taxonomist.tagging.EmbeddingCache;
import org.taxonomist.tagging.ModelRuntime;
import org.taxonomist.tagging.UploadTagged;

/**
 * Finds an asset's near-duplicates among the older assets: the candidates are its nearest neighbours in the DAM's
 * {@link SimilarImageIndex} by the default backbone (never all pairs), judged by {@link NearDuplicateRule#DEFAULT}
 * on the perceptual hashes and the embeddings' cosine. Only the newer asset of a pair looks, so each pair is found
 * once; a pair found before, decided or not, is left as it is. Exact copies (same bytes) are not its tier.
 */
@ApplicationScoped
public class NearDuplicateFinder {

    /**
     * Neighbours judged per asset: a picture has rarely more than a few copies, and a copy sits among the nearest
     * few by embedding (cosine >= 0.99 for all but the hash's sure matches, README "Near-duplicates").
     */
    static final int CANDIDATES = 10;

    @Inject
    Instance<SimilarImageIndex> index;

    @Inject
    ModelRuntime runtime;

    @Inject
    EmbeddingCache embeddings;

    @Inject
    DamAdapter dam;

    @PersistenceContext
    EntityManager em;

    void onUpload(@Observes UploadTagged upload) {
        check(upload.embedded());
    }

    /**
     * Checks the asset after its embeddings and perceptual hash are saved; the pairs it forms that were not known
     * before, saved as pending. None without a similar-image index holding the default backbone.
     */
    @Transactional
    public List<DuplicatePair> check(EmbeddedAsset embedded) {
        DamAsset asset = embedded.asset();
        String key = EmbeddingCache.key(runtime.backbone());
        CachedEmbedding own = embedded.embeddings().get(key);
        Optional<Long> hash = embeddings.fingerprint(asset.contentHash());
        if (!index.isResolvable()
                || own == null
                || hash.isEmpty()
                || !index.get().backbones().contains(key)) {
            return List.of();
        }
        Map<Long, Double> older = new LinkedHashMap<>();
        index
                .get()
                .nearest(new NearestQuery(key, own.vector(), "", null, null, null, null, asset.id()), 0, CANDIDATES)
                .page()
                .stream()
                .filter(neighbour -> neighbour.assetId() < asset.id())
                .forEach(neighbour -> older.put(neighbour.assetId(), neighbour.similarity()));
        // The candidates and their hashes in two reads, not two per candidate: this runs for every asset of the
        // collection in the near-duplicates job.
        List<DamAsset> candidates = dam.assets(older.keySet()).stream()
                .filter(other -> !other.contentHash().equals(asset.contentHash()))
                .toList();
        Map<String, Long> hashes = embeddings.fingerprints(
                candidates.stream().map(DamAsset::contentHash).collect(Collectors.toSet()));
        List<DuplicatePair> found = new ArrayList<>();
        for (DamAsset other : candidates) {
            Long otherHash = hashes.get(other.contentHash());
            double cosine = older.get(other.id());
            if (otherHash != null
                    && NearDuplicateRule.DEFAULT.nearDuplicates(hash.get(), otherHash, cosine)
                    && !known(asset.id(), other.id())) {
                DuplicatePair pair = new DuplicatePair(
                        asset.id(), other.id(), PerceptualHash.distance(hash.get(), otherHash), cosine);
                em.persist(pair);
                found.add(pair);
            }
        }
        return found;
    }

    /** Saves those of the pairs not known before, as pending; how many. */
    @Transactional
    public int keepNew(List<DuplicatePair> pairs) {
        int kept = 0;
        for (DuplicatePair pair : pairs) {
            if (!known(pair.getFirstAsset(), pair.getSecondAsset())) {
                em.persist(pair);
                kept++;
            }
        }
        return kept;
    }

    private boolean known(long oneAsset, long otherAsset) {
        return !em.createQuery(
                        "select p.id from DuplicatePair p where p.firstAsset = :first and p.secondAsset = :second",
                        Long.class)
                .setParameter("first", Math.min(oneAsset, otherAsset))
                .setParameter("second", Math.max(oneAsset, otherAsset))
                .getResultList()
                .isEmpty();
    }
}
