package org.taxonomist.superlabel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.taxonomist.models.topics.TopicModel;

/**
 * Which topics of a fit are one super-label. Asked for more topics than the collection has
 * subjects (k = 30 on a new install of a few dozen assets), LDA and NMF split a subject over
 * several topics: on the same assets, each with part of their score, or with the same terms
 * weighted a little differently. Topics whose scores over the assets point the same way (cosine of
 * the score columns at least {@link #SAME_ASSETS}) or whose top terms are the same (weighted Jaccard
 * at least {@link #SAME_TERMS}, see {@link TopicMatching}) are one super-label, scored by the sum of
 * their shares; a topic no asset scores {@link SuperLabelScore#FLOOR} in is none. On a collection
 * that has the subjects for its k, topics keep to different assets and terms and stay apart.
 *
 * <pre>{@code
 * int[] group = TopicGroups.of(fit.documentScores(), topTerms);   // topic → super-label, -1: none
 * }</pre>
 */
final class TopicGroups {

    static final double SAME_ASSETS = 0.9;
    static final double SAME_TERMS = 0.8;
    /** A topic spread thin over a large vocabulary still shows its heaviest term. */
    static final int ALWAYS_SHOWN = 1;

    private TopicGroups() {}

    /**
     * Each topic's group, numbered from 0 in the order of their first topic; -1 for a topic without assets.
     *
     * @param topTerms each topic's top terms
     */
    static int[] of(float[][] scores, List<List<TopTerm>> topTerms) {
        int topics = topTerms.size();
        double[][] gram = new double[topics][topics];
        boolean[] hasAssets = new boolean[topics];
        for (float[] row : scores) {
            for (int i = 0; i < topics; i++) {
                hasAssets[i] |= row[i] >= SuperLabelScore.FLOOR;
                for (int j = i; j < topics; j++) {
                    gram[i][j] += (double) row[i] * row[j];
                }
            }
        }
        int[] root = IntStream.range(0, topics).toArray();
        for (int i = 0; i < topics; i++) {
            for (int j = i + 1; j < topics; j++) {
                boolean same = gram[i][j] >= SAME_ASSETS * Math.sqrt(gram[i][i] * gram[j][j])
                        || TopicMatching.similarity(topTerms.get(i), topTerms.get(j)) >= SAME_TERMS;
                if (hasAssets[i] && hasAssets[j] && same) {
                    root[find(root, j)] = find(root, i);
                }
            }
        }
        int[] group = new int[topics];
        int[] numberOfRoot = new int[topics];
        Arrays.fill(numberOfRoot, -1);
        int groups = 0;
        for (int k = 0; k < topics; k++) {
            if (!hasAssets[k]) {
                group[k] = -1;
            } else {
                int r = find(root, k);
                if (numberOfRoot[r] < 0) {
                    numberOfRoot[r] = groups++;
                }
                group[k] = numberOfRoot[r];
            }
        }
        return group;
    }

    /**
     * The {@code n} heaviest terms of a group — past the heaviest, only those with at least
     * {@link SuperLabel#MIN_TERM_WEIGHT} of it —, its topics' weights averaged by their share of the
     * assets' scores.
     */
    static List<TopTerm> topTerms(TopicModel model, List<Integer> topics, double[] mass, int n) {
        double total = topics.stream().mapToDouble(k -> mass[k]).sum();
        double[] weights = new double[model.terms().size()];
        for (int k : topics) {
            float[] topic = model.termWeights(k);
            for (int t = 0; t < weights.length; t++) {
                weights[t] += topic[t] * mass[k] / total;
            }
        }
        List<TopTerm> top = new ArrayList<>();
        IntStream.range(0, weights.length)
                .boxed()
                .sorted(Comparator.<Integer>comparingDouble(t -> -weights[t]).thenComparingInt(t -> t))
                .limit(n)
                .filter(t -> top.size() < ALWAYS_SHOWN || weights[t] >= SuperLabel.MIN_TERM_WEIGHT)
                .forEach(t -> top.add(new TopTerm(model.terms().get(t), weights[t])));
        return top;
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }
}
