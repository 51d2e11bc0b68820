package org.taxonomist.models.topics;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Topic fitting at scale (not a test): 100,000 synthetic assets of 10 terms from 30 planted topics
 * of 100 terms each (a vocabulary of 3,000), each asset mixing one or two topics; LDA and NMF with
 * k = 30 and the default settings. Prints the wall time, how many planted topics were recovered
 * and the coherence.
 * <pre>
 * mvn -q -o -pl models exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.taxonomist.models.topics.TopicsBench \
 *     [-Dexec.args="documents ldaIterations nmfIterations"]
 * </pre>
 */
public final class TopicsBench {

    private TopicsBench() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int ldaIterations = args.length > 1 ? Integer.parseInt(args[1]) : TopicSettings.DEFAULT_LDA_ITERATIONS;
        int nmfIterations = args.length > 2 ? Integer.parseInt(args[2]) : TopicSettings.DEFAULT_NMF_ITERATIONS;
        PlantedTopics corpus = PlantedTopics.generate(30, 100, n, 10, 1L);
        System.out.printf(
                "%d documents, %d planted topics of 100 terms, %d cores, load average %.1f before the run%n",
                n,
                corpus.topics().size(),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        run("LDA", corpus, TopicSettings.lda().withIterations(ldaIterations));
        run("NMF", corpus, TopicSettings.nmf().withIterations(nmfIterations));
    }

    private static void run(String name, PlantedTopics corpus, TopicSettings settings) {
        long start = System.nanoTime();
        TopicFit fit = Topics.fit(corpus.documents(), settings);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<List<String>> found = Coherence.topTerms(fit.model(), Coherence.TOP_TERMS);
        int recovered = Recovery.matched(corpus.topics(), found, 0.8).size();
        System.out.printf(
                "%s: k=%d, %d iterations (NMF: at most), %d threads: %.1f s; planted topics recovered (8 of top 10): %d of %d;"
                        + " NPMI %.3f (planted topics' own top 10: %.3f)%n",
                name,
                settings.topics(),
                settings.iterations(),
                settings.threads(),
                seconds,
                recovered,
                corpus.topics().size(),
                Coherence.mean(Coherence.npmi(corpus.documents(), fit.model())),
                Coherence.mean(Coherence.npmi(corpus.documents(), plantedTop(corpus))));
    }

    private static List<List<String>> plantedTop(PlantedTopics corpus) {
        List<List<String>> top = new ArrayList<>();
        for (List<String> topic : corpus.topics()) {
            top.add(topic.subList(0, Coherence.TOP_TERMS));
        }
        return top;
    }
}
