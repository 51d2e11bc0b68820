package org.taxonomist.dam.reference;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.taxonomist.dam.SimilarImageIndex;
import org.taxonomist.failure.InvalidRequestException;
import org.taxonomist.models.backbone.EmbeddingBytes;
import org.taxonomist.models.similarity.UnitVectors;

/**
 * The reference DAM's similar-image index: the embeddings kept on its assets ({@code dam_asset_vector}) and indexed in
 * its search index's vector fields ({@link ImageVectorFields}), so that a nearest-neighbour search combines with the
 * text query and field filters of {@link AssetSearch} in one query.
 */
@ApplicationScoped
public class ReferenceImageIndex implements SimilarImageIndex {

    /** The most assets one search ranks: HNSW's cost grows with it, and nobody pages that far through look-alikes. */
    static final int MAX_RANKED = 1000;

    /**
     * Candidates the graph search keeps at least: the true 10 nearest among 100 candidates were found 0.99 of the
     * time at 100,000 assets (README, "A vector index for similar images"), among 10 only 0.66.
     */
    static final int MIN_CANDIDATES = 100;

    /** Assets whose embedding is dropped, then indexed, at a time when a backbone is forgotten. */
    private static final int FORGET_CHUNK = 200;

    @PersistenceContext
    EntityManager em;

    private Map<String, Integer> dimensions;

    @PostConstruct
    void init() {
        dimensions = new LinkedHashMap<>();
        ImageVectorFields.spaces().forEach(space -> dimensions.put(space.backboneKey(), space.dimension()));
    }

    @Override
    public List<String> backbones() {
        return List.copyOf(dimensions.keySet());
    }

    @Override
    @Transactional
    public void put(long assetId, String backboneKey, float[] embedding) {
        Integer dimension = dimensions.get(backboneKey);
        if (dimension == null) {
            return;
        }
        if (embedding.length != dimension) {
            throw new IllegalArgumentException(
                    "An embedding by " + backboneKey + " has " + dimension + " values, not " + embedding.length);
        }
        byte[] bytes = EmbeddingBytes.of(embedding);
        Asset asset = em.find(Asset.class, assetId);
        if (asset == null || asset.holdsEmbedding(backboneKey, bytes)) {
            return; // nothing to index, so neither lock nor re-read: the jobs hand every cached embedding in again
        }
        lockedLatest(assetId).putEmbedding(backboneKey, bytes);
    }

    /**
     * The asset as last committed, locked until this transaction ends: the search index's document is rebuilt from
     * this state, so an asset read earlier in the transaction (tagging reads it before embedding, seconds ago) would
     * bring back, in search, the labels a librarian changed meanwhile.
     */
    private Asset lockedLatest(long assetId) {
        Asset asset = em.find(Asset.class, assetId);
        if (asset != null) {
            em.flush(); // the transaction's own changes, which refreshing would otherwise drop
            em.refresh(asset, LockModeType.PESSIMISTIC_WRITE);
        }
        return asset;
    }

    @Override
    @Transactional
    public int forget(String backboneKey) {
        List<Long> ids = em.createQuery(
                        "select a.id from Asset a join a.embeddings e where key(e) = :backbone order by a.id",
                        Long.class)
                .setParameter("backbone", backboneKey)
                .getResultList();
        SearchSession search = Search.session(em);
        for (int start = 0; start < ids.size(); start += FORGET_CHUNK) {
            for (Long id : ids.subList(start, Math.min(ids.size(), start + FORGET_CHUNK))) {
                lockedLatest(id).removeEmbedding(backboneKey);
            }
            // Written and indexed a chunk at a time, so that forgetting a backbone of a large collection holds
            // neither every asset nor every index document in memory.
            em.flush();
            search.indexingPlan().execute();
            em.clear();
        }
        return ids.size();
    }

    @Override
    @Transactional
    public Neighbours nearest(NearestQuery query, int offset, int limit) {
        if (!dimensions.containsKey(query.backboneKey())) {
            throw new InvalidRequestException("No similar-image index for backbone " + query.backboneKey()
                    + "; there are: " + String.join(", ", dimensions.keySet()));
        }
        int first = Math.max(0, offset);
        int size = Math.max(1, Math.min(limit, MAX_RANKED));
        if (first >= MAX_RANKED || !ImageVectorFields.comparable(query.embedding())) {
            return Neighbours.NONE;
        }
        int ranked = Math.max(MIN_CANDIDATES, Math.min(MAX_RANKED, first + size));
        String text = query.text() == null ? "" : query.text().strip();
        AssetSearch.Narrowing narrowing =
                new AssetSearch.Narrowing(query.field(), query.term(), query.unlabelledIn(), query.within());
        // Unnarrowed, the graph is searched without a filter, which Lucene would otherwise evaluate over every
        // document first (the near-duplicate check pays that for each asset of the collection); the excluded asset,
        // if ranked, is then dropped from the list here.
        boolean filtered = !text.isEmpty() || narrowing.narrows();
        SearchResult<Neighbour> result = Search.session(em)
                .search(Asset.class)
                .select(f -> f.composite()
                        .from(f.id(Long.class), f.score())
                        .as((id, score) -> new Neighbour(id, cosine(score))))
                .where(f -> {
                    var nearest = f.knn(ranked)
                            .field(ImageVectorFields.name(query.backboneKey()))
                            .matching(UnitVectors.unit(query.embedding()));
                    return filtered
                            ? nearest.filter(f.and().with(and -> {
                                AssetSearch.matching(f, and, text, narrowing);
                                if (query.excludedAsset() != null) {
                                    and.add(f.not(f.id().matching(query.excludedAsset())));
                                }
                            }))
                            : nearest;
                })
                .fetch(filtered ? first : 0, filtered ? Math.min(size, ranked - first) : ranked);
        if (filtered) {
            return new Neighbours(result.hits(), result.total().hitCount());
        }
        List<Neighbour> others = result.hits().stream()
                .filter(neighbour -> query.excludedAsset() == null || neighbour.assetId() != query.excludedAsset())
                .toList();
        return new Neighbours(
                others.subList(Math.min(first, others.size()), Math.min(others.size(), first + size)),
                result.total().hitCount() - (result.hits().size() - others.size()));
    }

    /** Lucene scores a cosine match (1 + cos) / 2, so that scores stay positive. */
    static double cosine(float score) {
        return 2.0 * score - 1.0;
    }
}
