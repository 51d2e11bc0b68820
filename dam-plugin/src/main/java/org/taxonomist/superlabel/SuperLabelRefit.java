package org.taxonomist.superlabel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taxonomist.models.topics.Coherence;
import org.taxonomist.models.topics.TopicCountQuality;
import org.taxonomist.models.topics.TopicFit;
import org.taxonomist.models.topics.TopicMethod;
import org.taxonomist.models.topics.TopicModel;

/**
 * Puts a new fit in place of the last one, in one transaction: its super-labels ({@link TopicGroups})
 * take over the old ones they match ({@link TopicMatching}), keeping names and decisions; the others
 * become new, unnamed super-labels. A super-label whose topic was not found again keeps its decisions and
 * terms without a topic (a later run may find it again), unless nobody decided anything about it,
 * in which case it goes. Every asset's scores are replaced, the model is stored, and promoted
 * super-labels suggest their term to assets that have become strong.
 */
@ApplicationScoped
public class SuperLabelRefit {

    private static final int FLUSH_EVERY = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    SuperLabels superLabels;

    @Inject
    SuperLabelPromotion promotion;

    /**
     * What a run changed.
     *
     * @param topics      the fit's topics (k)
     * @param superLabels the super-labels they make ({@link TopicGroups}: topics on the same assets are one)
     * @param kept        super-labels found again (named ones among them: {@code named})
     * @param added       new super-labels
     * @param retired super-labels kept without a topic, for their decisions
     * @param removed undecided super-labels whose topic was not found again
     */
    public record Outcome(
            int topics,
            int superLabels,
            int kept,
            int named,
            int added,
            int retired,
            int removed,
            long scores,
            int suggested,
            Double coherence) {}

    /**
     * @param fit      topics fitted on {@code documents} (score row i is document i)
     * @param fittedBy who ran it, e.g. "job 17 (lena)"
     */
    @Transactional
    public Outcome replace(Documents documents, TopicFit fit, String fittedBy) {
        TopicModel model = fit.model();
        FoundLabels found = FoundLabels.of(documents, fit);
        List<SuperLabel> old = em.createQuery("select l from SuperLabel l order by l.id", SuperLabel.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        Map<Integer, Integer> matches =
                TopicMatching.match(old.stream().map(SuperLabel::getTopTerms).toList(), found.topTerms());
        int[] counts = found.assetCounts(superLabels.minScore());

        long[] labelIds = new long[found.size()];
        Set<SuperLabel> matched = new HashSet<>();
        int named = 0;
        for (int g = 0; g < found.size(); g++) {
            SuperLabel label = matches.containsKey(g) ? old.get(matches.get(g)) : new SuperLabel();
            if (matches.containsKey(g)) {
                matched.add(label);
                named += label.getName() == null ? 0 : 1;
            } else {
                em.persist(label);
            }
            label.refit(found.firstTopic(g), found.topTerms().get(g), counts[g], found.coherence(g));
            labelIds[g] = label.getId();
        }
        Set<Long> mergeTargets = new HashSet<>();
        old.stream().filter(l -> l.getMergedInto() != null).forEach(l -> mergeTargets.add(l.getMergedInto()));
        int retired = 0;
        int removed = 0;
        for (SuperLabel label : old) {
            if (matched.contains(label)) {
                continue;
            }
            if (label.decided() || mergeTargets.contains(label.getId())) {
                label.refit(null, label.getTopTerms(), 0, null);
                retired++;
            } else {
                em.remove(label);
                removed++;
            }
        }
        em.flush();

        long scores = replaceScores(documents.assetIds(), found.scores(), labelIds);
        Double coherence = finite(Coherence.mean(Coherence.npmi(documents.terms(), model)));
        em.createQuery("delete from StoredTopicModel").executeUpdate();
        em.persist(
                new StoredTopicModel(model, found.superLabelOfTopics(labelIds), documents.size(), coherence, fittedBy));
        int suggested = em.createQuery(
                        "select l from SuperLabel l where l.status = :promoted and l.topic is not null",
                        SuperLabel.class)
                .setParameter("promoted", SuperLabelStatus.PROMOTED)
                .getResultStream()
                .mapToInt(promotion::suggest)
                .sum();
        return new Outcome(
                model.topics(),
                found.size(),
                matched.size(),
                named,
                found.size() - matched.size(),
                retired,
                removed,
                scores,
                suggested,
                coherence);
    }

    /** Replaces the comparison of topic counts with a new one. */
    @Transactional
    public void recordComparison(TopicMethod method, List<TopicCountQuality> qualities, int documents) {
        em.createQuery("delete from TopicCountCoherence").executeUpdate();
        qualities.forEach(
                q -> em.persist(new TopicCountCoherence(method, q.topics(), finite(q.coherence()), documents)));
    }

    /** Every asset's scores of at least {@link SuperLabelScore#FLOOR}; the persistence context is emptied as it goes. */
    private long replaceScores(List<Long> assetIds, float[][] scores, long[] labelIds) {
        em.createQuery("delete from SuperLabelScore").executeUpdate();
        long written = 0;
        for (int d = 0; d < scores.length; d++) {
            for (int g = 0; g < labelIds.length; g++) {
                if (scores[d][g] >= SuperLabelScore.FLOOR) {
                    em.persist(new SuperLabelScore(assetIds.get(d), labelIds[g], scores[d][g]));
                    if (++written % FLUSH_EVERY == 0) {
                        em.flush();
                        em.clear();
                    }
                }
            }
        }
        em.flush();
        em.clear();
        return written;
    }

    static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
