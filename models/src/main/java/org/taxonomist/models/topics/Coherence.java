package org.taxonomist.models.topics;

import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Topic coherence: do a topic's top terms occur together on the same assets? For each pair of
 * the top terms, the normalised pointwise mutual information of their document co-occurrence,
 * NPMI = log(P(a,b) / (P(a)·P(b))) / −log P(a,b), in [−1, 1] (−1: never together, 0:
 * independent, 1: always together), averaged over the pairs (Bouma 2009; as a coherence measure
 * Aletras &amp; Stevenson 2013, Lau et al. 2014, who found it the closest to people's judgement).
 * Unlike a likelihood it means the same for LDA and NMF, so it serves to choose the method and
 * the number of topics.
 *
 * <pre>{@code
 * double[] perTopic = Coherence.npmi(documents, fit.model());        // top 10 terms of each topic
 * double mean = Coherence.mean(perTopic);
 * }</pre>
 */
public final class Coherence {

    /** Top terms per topic that coherence looks at, as usual in the literature. */
    public static final int TOP_TERMS = 10;

    private Coherence() {}

    /** Each topic's coherence over its {@value #TOP_TERMS} top terms, co-occurrence counted in {@code documents}. */
    public static double[] npmi(List<? extends Collection<String>> documents, TopicModel model) {
        return npmi(Corpus.of(documents), model);
    }

    /**
     * Coherence of any term groups (for instance a librarian's own), co-occurrence counted in
     * {@code documents}; a term that no document has counts as never co-occurring. A group of
     * fewer than two terms has no pairs: NaN.
     */
    public static double[] npmi(List<? extends Collection<String>> documents, List<? extends List<String>> groups) {
        return npmi(Corpus.of(documents), groups);
    }

    /** The mean of the values that are not NaN (NaN if none). */
    public static double mean(double[] values) {
        double sum = 0;
        int count = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    static double[] npmi(Corpus corpus, TopicModel model) {
        return npmi(corpus, topTerms(model, TOP_TERMS));
    }

    static double[] npmi(Corpus corpus, List<? extends List<String>> groups) {
        int[][] postings = corpus.postings();
        double n = corpus.size();
        double[] coherence = new double[groups.size()];
        for (int g = 0; g < coherence.length; g++) {
            List<String> group = groups.get(g);
            double sum = 0;
            int pairs = 0;
            for (int a = 0; a < group.size(); a++) {
                for (int b = a + 1; b < group.size(); b++) {
                    sum += npmi(
                            documentsOf(corpus, postings, group.get(a)),
                            documentsOf(corpus, postings, group.get(b)),
                            n);
                    pairs++;
                }
            }
            coherence[g] = pairs == 0 ? Double.NaN : sum / pairs;
        }
        return coherence;
    }

    static List<List<String>> topTerms(TopicModel model, int n) {
        return IntStream.range(0, model.topics())
                .mapToObj(k ->
                        model.topTerms(k, n).stream().map(WeightedTerm::term).toList())
                .toList();
    }

    private static double npmi(int[] a, int[] b, double n) {
        int both = intersection(a, b);
        if (both == 0) {
            return -1;
        }
        double joint = both / n;
        if (joint == 1) {
            return 1;
        }
        return Math.log(joint / ((a.length / n) * (b.length / n))) / -Math.log(joint);
    }

    private static int[] documentsOf(Corpus corpus, int[][] postings, String term) {
        int id = corpus.id(term);
        return id < 0 ? new int[0] : postings[id];
    }

    /** Size of the intersection of two ascending arrays. */
    private static int intersection(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int count = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                count++;
                i++;
                j++;
            }
        }
        return count;
    }
}
