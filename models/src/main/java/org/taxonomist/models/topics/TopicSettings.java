package org.taxonomist.models.topics;

/**
 * How topics are fitted.
 *
 * <pre>{@code
 * TopicSettings lda = TopicSettings.lda();                        // 30 topics, seed 42, all cores
 * TopicSettings nmf = TopicSettings.nmf().withTopics(20);
 * TopicSettings quick = lda.withIterations(200).withThreads(1);
 * }</pre>
 *
 * @param method     LDA or NMF
 * @param topics     number of topics (k), at least 1
 * @param iterations LDA: Gibbs sweeps over the corpus; NMF: the most HALS sweeps (it stops earlier
 *                   once the fit no longer improves)
 * @param seed       the same documents, settings and seed give the same topics; for LDA also
 *                   the same thread count, because each thread samples its own share of the documents
 * @param threads    worker threads, at least 1
 */
public record TopicSettings(TopicMethod method, int topics, int iterations, long seed, int threads) {

    /** Topics in the source study (57,000 assets): the most {@link #topicsFor} gives. */
    public static final int DEFAULT_TOPICS = 30;
    /** The fewest {@link #topicsFor} gives: fewer is a split, not topics. */
    public static final int MIN_TOPICS = 3;
    /** MALLET's default; 100,000 assets of 10 terms take about a minute on 2 cores (module README). */
    public static final int DEFAULT_LDA_ITERATIONS = 1000;
    /** A ceiling: NMF stops earlier once a sweep no longer improves the fit. */
    public static final int DEFAULT_NMF_ITERATIONS = 200;

    public static final long DEFAULT_SEED = 42;

    public TopicSettings {
        if (method == null || topics < 1 || iterations < 1 || threads < 1) {
            throw new IllegalArgumentException("Invalid topic settings: method " + method + ", " + topics + " topics, "
                    + iterations + " iterations, " + threads
                    + " threads (topics, iterations and threads must be at least 1)");
        }
    }

    /** LDA: {@value #DEFAULT_TOPICS} topics (see {@link #topicsFor}), {@value #DEFAULT_LDA_ITERATIONS} iterations, seed 42, one thread per core. */
    public static TopicSettings lda() {
        return new TopicSettings(TopicMethod.LDA, DEFAULT_TOPICS, DEFAULT_LDA_ITERATIONS, DEFAULT_SEED, cores());
    }

    /** NMF: {@value #DEFAULT_TOPICS} topics, at most {@value #DEFAULT_NMF_ITERATIONS} sweeps, seed 42, one thread per core. */
    public static TopicSettings nmf() {
        return new TopicSettings(TopicMethod.NMF, DEFAULT_TOPICS, DEFAULT_NMF_ITERATIONS, DEFAULT_SEED, cores());
    }

    /**
     * The topic count for a collection of {@code documents} assets when the admin names none: the rule of thumb
     * √(n / 2), between {@value #MIN_TOPICS} and {@value #DEFAULT_TOPICS}. A fixed 30 on 200 assets makes topics of
     * about seven assets each, small enough for one illustrator's drawings to be "a subject"; 200 assets get 10.
     * From 1,800 assets on, the count is the source study's 30.
     */
    public static int topicsFor(int documents) {
        return (int) Math.max(MIN_TOPICS, Math.min(DEFAULT_TOPICS, Math.round(Math.sqrt(documents / 2.0))));
    }

    public TopicSettings withTopics(int value) {
        return new TopicSettings(method, value, iterations, seed, threads);
    }

    public TopicSettings withIterations(int value) {
        return new TopicSettings(method, topics, value, seed, threads);
    }

    public TopicSettings withSeed(long value) {
        return new TopicSettings(method, topics, iterations, value, threads);
    }

    public TopicSettings withThreads(int value) {
        return new TopicSettings(method, topics, iterations, seed, value);
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }
}
