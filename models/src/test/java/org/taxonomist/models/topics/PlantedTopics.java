package org.taxonomist.models.topics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A synthetic corpus with known topics, for tests and benchmarks: {@code topics} disjoint sets of
 * terms ("planted 3 term 7": terms with spaces, which must stay whole); each document takes its
 * terms from one planted topic, or from two (then about 70% from the first, its main topic).
 * Within a topic, term r is drawn with weight 1 / (r + 1), so topics have heavy and light terms
 * like real ones.
 *
 * @param topics    each planted topic's terms
 * @param documents each document's distinct terms
 * @param main      each document's main planted topic
 */
record PlantedTopics(List<List<String>> topics, List<List<String>> documents, int[] main) {

    static PlantedTopics generate(int topics, int termsPerTopic, int documents, int termsPerDocument, long seed) {
        List<List<String>> planted = new ArrayList<>();
        for (int p = 0; p < topics; p++) {
            List<String> terms = new ArrayList<>();
            for (int r = 0; r < termsPerTopic; r++) {
                terms.add(term(p, r));
            }
            planted.add(terms);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<List<String>> docs = new ArrayList<>(documents);
        int[] main = new int[documents];
        for (int d = 0; d < documents; d++) {
            main[d] = random.nextInt(topics);
            int second = topics > 1 && random.nextBoolean() ? (main[d] + 1 + random.nextInt(topics - 1)) % topics : -1;
            docs.add(document(main[d], second, termsPerTopic, termsPerDocument, random));
        }
        return new PlantedTopics(planted, docs, main);
    }

    /** A new document of one planted topic. */
    static List<String> document(int topic, int termsPerTopic, int terms, SplittableRandom random) {
        return document(topic, -1, termsPerTopic, terms, random);
    }

    static String term(int topic, int rank) {
        return "planted " + topic + " term " + rank;
    }

    private static List<String> document(int main, int second, int termsPerTopic, int terms, SplittableRandom random) {
        Set<String> drawn = new LinkedHashSet<>();
        while (drawn.size() < Math.min(terms, termsPerTopic)) {
            int topic = second >= 0 && random.nextDouble() >= 0.7 ? second : main;
            drawn.add(term(topic, zipfRank(termsPerTopic, random)));
        }
        return List.copyOf(drawn);
    }

    /** A rank in [0, n) with probability proportional to 1 / (rank + 1). */
    private static int zipfRank(int n, SplittableRandom random) {
        double harmonic = 0;
        for (int r = 0; r < n; r++) {
            harmonic += 1.0 / (r + 1);
        }
        double u = random.nextDouble() * harmonic;
        for (int r = 0; r < n; r++) {
            u -= 1.0 / (r + 1);
            if (u < 0) {
                return r;
            }
        }
        return n - 1;
    }
}
