package org.taxonomist.superlabel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which new topic is which old super-label, so that names and decisions survive a re-run: every
 * pair is compared by the weighted Jaccard similarity of their top terms, Σ min(w, w′) / Σ max(w, w′)
 * over the union of the two term lists (a term missing from one list weighs 0 there), and pairs are
 * taken greedily, most similar first, each side at most once, down to {@link #MIN_SIMILARITY}.
 *
 * <p>Weighted rather than plain Jaccard: the tail of a small topic's top ten is made of terms with
 * almost no weight, in an order that changes with the vocabulary, and must not decide a match.
 *
 * <pre>{@code
 * Map<Integer, Integer> newToOld = TopicMatching.match(oldTerms, newTerms); // list indexes
 * }</pre>
 */
public final class TopicMatching {

    /** Below this the topics are different subjects (three shared terms of ten, evenly weighted, give 0.18; seven 0.54). */
    public static final double MIN_SIMILARITY = 0.3;

    private TopicMatching() {}

    /**
     * The match of each new topic to an old one, by their positions in the lists; new topics
     * without a match are absent.
     */
    public static Map<Integer, Integer> match(List<List<TopTerm>> old, List<List<TopTerm>> found) {
        record Pair(int found, int old, double similarity) {}
        List<Pair> pairs = new ArrayList<>();
        for (int f = 0; f < found.size(); f++) {
            for (int o = 0; o < old.size(); o++) {
                double similarity = similarity(old.get(o), found.get(f));
                if (similarity >= MIN_SIMILARITY) {
                    pairs.add(new Pair(f, o, similarity));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::similarity)
                .reversed()
                .thenComparingInt(Pair::found)
                .thenComparingInt(Pair::old));
        Map<Integer, Integer> matched = new HashMap<>();
        Set<Integer> taken = new HashSet<>();
        for (Pair pair : pairs) {
            if (!matched.containsKey(pair.found()) && taken.add(pair.old())) {
                matched.put(pair.found(), pair.old());
            }
        }
        return matched;
    }

    /** Weighted Jaccard similarity of two term lists, in [0, 1]. */
    static double similarity(List<TopTerm> a, List<TopTerm> b) {
        Map<String, double[]> weights = new HashMap<>();
        a.forEach(t -> weights.computeIfAbsent(t.term(), k -> new double[2])[0] += t.weight());
        b.forEach(t -> weights.computeIfAbsent(t.term(), k -> new double[2])[1] += t.weight());
        double min = 0;
        double max = 0;
        for (double[] w : weights.values()) {
            min += Math.min(w[0], w[1]);
            max += Math.max(w[0], w[1]);
        }
        return max == 0 ? 0 : min / max;
    }
}
