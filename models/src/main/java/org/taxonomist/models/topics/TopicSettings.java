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

    /** Topics in the source study. */
    public static final int DEFAULT_TOPICS = 30;
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

    /** LDA: {@value #DEFAULT_TOPICS} topics, {@value #DEFAULT_LDA_ITERATIONS} iterations, seed 42, one thread per core. */
    public static TopicSettings lda() {
        return new TopicSettings(TopicMethod.LDA, DEFAULT_TOPICS, DEFAULT_LDA_ITERATIONS, DEFAULT_SEED, cores());
    }

    /** NMF: {@value #DEFAULT_TOPICS} topics, at most {@value #DEFAULT_NMF_ITERATIONS} sweeps, seed 42, one thread per core. */
    public static TopicSettings nmf() {
        return new TopicSettings(TopicMethod.NMF, DEFAULT_TOPICS, DEFAULT_NMF_ITERATIONS, DEFAULT_SEED, cores());
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
