package org.taxonomist.superlabel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.taxonomist.models.topics.Coherence;
import org.taxonomist.models.topics.TopicFit;
import org.taxonomist.models.topics.TopicModel;

/**
 * The super-labels a fit makes, before they meet the stored ones: the topics grouped by
 * {@link TopicGroups}, each group's top terms and coherence, and every asset's score in each group
 * (the sum of its topics' shares).
 */
final class FoundLabels {

    private final int[] groupOfTopic;
    private final List<List<Integer>> topics;
    private final List<List<TopTerm>> topTerms;
    private final double[] coherence;
    private final float[][] scores;

    private FoundLabels(
            int[] groupOfTopic,
            List<List<Integer>> topics,
            List<List<TopTerm>> topTerms,
            double[] coherence,
            float[][] scores) {
        this.groupOfTopic = groupOfTopic;
        this.topics = topics;
        this.topTerms = topTerms;
        this.coherence = coherence;
        this.scores = scores;
    }

    static FoundLabels of(Documents documents, TopicFit fit) {
        TopicModel model = fit.model();
        float[][] topicScores = fit.documentScores();
        int[] groupOfTopic = TopicGroups.of(
                topicScores,
                IntStream.range(0, model.topics())
                        .mapToObj(k -> model.topTerms(k, SuperLabel.TOP_TERMS).stream()
                                .map(TopTerm::of)
                                .toList())
                        .toList());
        int groups = Arrays.stream(groupOfTopic).max().orElse(-1) + 1;
        List<List<Integer>> topics = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            topics.add(new ArrayList<>());
        }
        double[] mass = new double[model.topics()];
        float[][] scores = new float[topicScores.length][groups];
        for (int d = 0; d < topicScores.length; d++) {
            for (int k = 0; k < model.topics(); k++) {
                mass[k] += topicScores[d][k];
                if (groupOfTopic[k] >= 0) {
                    scores[d][groupOfTopic[k]] += topicScores[d][k];
                }
            }
        }
        for (int k = 0; k < model.topics(); k++) {
            if (groupOfTopic[k] >= 0) {
                topics.get(groupOfTopic[k]).add(k);
            }
        }
        List<List<TopTerm>> topTerms = topics.stream()
                .map(members -> TopicGroups.topTerms(model, members, mass, SuperLabel.TOP_TERMS))
                .toList();
        double[] coherence = Coherence.npmi(
                documents.terms(),
                topTerms.stream()
                        .map(t -> t.stream().map(TopTerm::term).toList())
                        .toList());
        return new FoundLabels(groupOfTopic, topics, topTerms, coherence, scores);
    }

    int size() {
        return topics.size();
    }

    List<List<TopTerm>> topTerms() {
        return topTerms;
    }

    /** Asset i's score in each super-label. */
    float[][] scores() {
        return scores;
    }

    int firstTopic(int group) {
        return topics.get(group).get(0);
    }

    Double coherence(int group) {
        return SuperLabelRefit.finite(coherence[group]);
    }

    /** How many assets score at least {@code minScore} in each super-label. */
    int[] assetCounts(double minScore) {
        int[] counts = new int[size()];
        for (float[] row : scores) {
            for (int g = 0; g < counts.length; g++) {
                counts[g] += row[g] >= minScore ? 1 : 0;
            }
        }
        return counts;
    }

    /** For each topic of the model, the id of its super-label (null for a topic without assets). */
    Long[] superLabelOfTopics(long[] labelIds) {
        Long[] ids = new Long[groupOfTopic.length];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = groupOfTopic[k] < 0 ? null : labelIds[groupOfTopic[k]];
        }
        return ids;
    }
}
