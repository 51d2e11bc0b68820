package org.taxonomist.superlabel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.taxonomist.models.topics.TopicModel;

/**
 * One asset's topics: its super-labels with scores (asset page) and the assets nearest to it by
 * topic vector ("more like this"). An asset the last run scored has its stored scores; one added
 * or relabelled since is scored on the spot by the stored model.
 */
@ApplicationScoped
public class AssetTopics {

    /** Candidates for "more like this" are the assets of the asset's strongest super-labels, this many of them. */
    private static final int NEIGHBOURHOOD_LABELS = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    SuperLabels superLabels;

    @Inject
    AssetDocuments documents;

    private volatile StoredModel cached;

    private record StoredModel(StoredTopicModel row, TopicModel model) {}

    /** A super-label (with those merged into it) and the asset's score there. */
    public record AssetSuperLabel(long superLabelId, String name, double score) {}

    /** An asset like this one, and how alike (cosine of the topic vectors, in [0, 1]). */
    public record Similar(long assetId, double similarity) {}

    /**
     * The shown super-labels the asset is in, strongest first: a score of at least {@code
     * taxonomist.superlabels.min-score} there, summed over a group, as the super-labels list counts them.
     */
    @Transactional
    public List<AssetSuperLabel> superLabels(long assetId) {
        Map<Long, Double> vector = vector(assetId);
        return SuperLabelGroup.visible(superLabels.all()).stream()
                .map(g -> new AssetSuperLabel(
                        g.root().getId(),
                        g.root().display(),
                        Math.min(
                                1,
                                g.memberIds().stream()
                                        .mapToDouble(id -> vector.getOrDefault(id, 0.0))
                                        .sum())))
                .filter(s -> s.score() >= superLabels.minScore())
                .sorted(Comparator.comparingDouble(AssetSuperLabel::score).reversed())
                .toList();
    }

    /** The {@code limit} assets nearest by topic vector, nearest first. */
    @Transactional
    public List<Similar> similar(long assetId, int limit) {
        Map<Long, Double> vector = vector(assetId);
        if (vector.isEmpty()) {
            return List.of();
        }
        List<Long> strongest = vector.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue().reversed())
                .limit(NEIGHBOURHOOD_LABELS)
                .map(Map.Entry::getKey)
                .toList();
        Map<Long, Map<Long, Double>> candidates = new HashMap<>();
        em.createQuery(
                        "select s from SuperLabelScore s where s.assetId in "
                                + "(select c.assetId from SuperLabelScore c where c.superLabelId in :labels)",
                        SuperLabelScore.class)
                .setParameter("labels", strongest)
                .getResultStream()
                .forEach(s -> candidates
                        .computeIfAbsent(s.getAssetId(), a -> new HashMap<>())
                        .put(s.getSuperLabelId(), s.getScore()));
        return TopicVectors.nearest(vector, candidates, assetId, limit).stream()
                .map(n -> new Similar(n.assetId(), n.similarity()))
                .toList();
    }

    /** Super-label id → score: the stored scores, or, for an asset the last run did not score, the stored model's. */
    private Map<Long, Double> vector(long assetId) {
        Map<Long, Double> stored = em.createQuery(
                        "select s from SuperLabelScore s where s.assetId = :asset", SuperLabelScore.class)
                .setParameter("asset", assetId)
                .getResultStream()
                .collect(Collectors.toMap(SuperLabelScore::getSuperLabelId, SuperLabelScore::getScore));
        if (!stored.isEmpty()) {
            return stored;
        }
        StoredModel model = stored();
        List<String> terms =
                documents.of(assetId).map(AssetDocuments.Document::terms).orElse(List.of());
        if (model == null || terms.isEmpty()) {
            return Map.of();
        }
        Map<Long, Double> scored =
                new HashMap<>(model.row().bySuperLabel(model.model().score(terms)));
        scored.values().removeIf(score -> score < SuperLabelScore.FLOOR);
        return scored;
    }

    /** The stored model, decoded once per run of the job; null before the first. */
    private StoredModel stored() {
        Long id = em.createQuery("select m.id from StoredTopicModel m order by m.id desc", Long.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (id == null) {
            return null;
        }
        StoredModel current = cached;
        if (current == null || !current.row().getId().equals(id)) {
            StoredTopicModel row = em.find(StoredTopicModel.class, id);
            current = new StoredModel(row, row.model());
            cached = current;
        }
        return current;
    }
}
