package org.taxonomist.models.topics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fitted topics (super-labels before a librarian names them): per topic a weight for every
 * term of the vocabulary, summing to 1, for LDA and NMF alike. It also scores new documents
 * ({@link #score}), the way the server tags new assets, and has a versioned byte form for storage.
 * Immutable; safe to share between threads.
 */
public final class TopicModel {

    private final TopicMethod method;
    private final long seed;
    private final List<String> terms;
    private final Map<String, Integer> ids;
    private final float[][] topicTerms;
    /** LDA: the Dirichlet prior over a document's topics; empty for NMF. */
    private final double[] alpha;
    /** NMF: each term's value in a document that has it; empty for LDA. */
    private final double[] idf;
    /** NMF: the topics' Gram matrix, for scoring; null for LDA. */
    private final double[][] gram;

    private TopicModel(
            TopicMethod method, long seed, List<String> terms, float[][] topicTerms, double[] alpha, double[] idf) {
        this.method = method;
        this.seed = seed;
        this.terms = List.copyOf(terms);
        this.ids = new HashMap<>();
        for (int t = 0; t < this.terms.size(); t++) {
            if (ids.put(this.terms.get(t), t) != null) {
                throw new IllegalArgumentException("Term " + this.terms.get(t) + " appears twice in the vocabulary");
            }
        }
        if (topicTerms.length == 0) {
            throw new IllegalArgumentException("A topic model needs at least one topic");
        }
        this.topicTerms = new float[topicTerms.length][];
        for (int k = 0; k < topicTerms.length; k++) {
            if (topicTerms[k].length != this.terms.size()) {
                throw new IllegalArgumentException(
                        "Topic " + k + " has " + topicTerms[k].length + " weights for " + this.terms.size() + " terms");
            }
            for (float weight : topicTerms[k]) {
                if (!(weight >= 0 && weight < Float.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException(
                            "Topic " + k + " has a negative or non-finite weight: " + weight);
                }
            }
            this.topicTerms[k] = topicTerms[k].clone();
        }
        this.alpha = positive(alpha, method == TopicMethod.LDA ? topicTerms.length : 0, "alpha");
        this.idf = positive(idf, method == TopicMethod.NMF ? this.terms.size() : 0, "idf");
        this.gram = method == TopicMethod.NMF ? Scoring.gram(this.topicTerms) : null;
    }

    /**
     * An LDA model, for instance as stored.
     *
     * @param seed       the seed it was fitted with
     * @param terms      the vocabulary, distinct
     * @param topicTerms k × vocabulary weights, non-negative, each row summing to 1
     * @param alpha      the Dirichlet prior over a document's topics (k positive values)
     */
    public static TopicModel lda(long seed, List<String> terms, float[][] topicTerms, double[] alpha) {
        return new TopicModel(TopicMethod.LDA, seed, terms, topicTerms, alpha, new double[0]);
    }

    /**
     * An NMF model, for instance as stored.
     *
     * @param seed       the seed it was fitted with
     * @param terms      the vocabulary, distinct
     * @param topicTerms k × vocabulary weights, non-negative, each row summing to 1
     * @param idf        each term's value in a document that has it (positive, one per term)
     */
    public static TopicModel nmf(long seed, List<String> terms, float[][] topicTerms, double[] idf) {
        return new TopicModel(TopicMethod.NMF, seed, terms, topicTerms, new double[0], idf);
    }

    public TopicMethod method() {
        return method;
    }

    public long seed() {
        return seed;
    }

    /** The vocabulary, in the order of the weights. */
    public List<String> terms() {
        return terms;
    }

    /** Number of topics (k). */
    public int topics() {
        return topicTerms.length;
    }

    /** A topic's weight for every term of {@link #terms()} (a copy). */
    public float[] termWeights(int topic) {
        return topicTerms[topic].clone();
    }

    /** LDA's Dirichlet prior over a document's topics (a copy); empty for NMF. */
    public double[] alpha() {
        return alpha.clone();
    }

    /** NMF's weight of each term of {@link #terms()} in a document (a copy); empty for LDA. */
    public double[] idf() {
        return idf.clone();
    }

    /** A topic's {@code n} heaviest terms (all of them if the vocabulary is smaller), heaviest first. */
    public List<WeightedTerm> topTerms(int topic, int n) {
        float[] weights = topicTerms[topic];
        List<Integer> order = new ArrayList<>(weights.length);
        for (int t = 0; t < weights.length; t++) {
            order.add(t);
        }
        order.sort(Comparator.<Integer>comparingDouble(t -> -weights[t]).thenComparingInt(t -> t));
        List<WeightedTerm> top = new ArrayList<>(n);
        for (int t : order.subList(0, Math.min(n, order.size()))) {
            top.add(new WeightedTerm(terms.get(t), weights[t]));
        }
        return top;
    }

    /**
     * A new document's topic scores, summing to 1, computed the way the training documents' were
     * (LDA: the topic shares' posterior mean with the topics held fixed; NMF: non-negative least
     * squares on the topics). Terms outside the vocabulary are ignored; a document with none of its
     * terms in the vocabulary gets all zeros (no evidence, so no threshold is passed).
     */
    public float[] score(Collection<String> document) {
        int[] present = Corpus.distinctSorted(document.stream()
                .map(ids::get)
                .filter(Objects::nonNull)
                .mapToInt(Integer::intValue)
                .toArray());
        if (present.length == 0) {
            return new float[topics()];
        }
        return method == TopicMethod.LDA
                ? Scoring.foldIn(topicTerms, alpha, present)
                : Scoring.leastSquares(topicTerms, idf, gram, present);
    }

    /** Serialised form: magic "TXTM", format version 1, then method, seed, vocabulary, weights, alpha or idf. */
    public byte[] toBytes() {
        return TopicModelFormat.write(this);
    }

    /** Reads {@link #toBytes()}; refuses other data, truncation, trailing bytes and unknown versions. */
    public static TopicModel fromBytes(byte[] bytes) {
        return TopicModelFormat.read(bytes);
    }

    @Override
    public String toString() {
        return "TopicModel[" + method + ", " + topics() + " topics, " + terms.size() + " terms, seed " + seed + "]";
    }

    private static double[] positive(double[] values, int expected, String name) {
        if (values.length != expected) {
            throw new IllegalArgumentException("Expected " + expected + " " + name + " values, got " + values.length);
        }
        for (double value : values) {
            if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(name + " values must be positive and finite: " + value);
            }
        }
        return values.clone();
    }
}
