package org.taxonomist.models.topics;

import cc.mallet.topics.ParallelTopicModel;
import cc.mallet.types.Alphabet;
import cc.mallet.types.FeatureSequence;
import cc.mallet.types.Instance;
import cc.mallet.types.InstanceList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * LDA by MALLET's {@link ParallelTopicModel} (SparseLDA Gibbs sampling, documents shared out
 * among threads). Each term is one token, straight from the corpus's ids: nothing is tokenised.
 * The Dirichlet priors start at {@value #ALPHA_SUM} in all (per document, over topics) and
 * {@value #BETA} (per topic, over terms), MALLET's defaults, and are re-estimated from the samples
 * every {@value #OPTIMIZE_INTERVAL} sweeps after a burn-in of {@value #BURN_IN} (at most half the
 * sweeps). Assets have a handful of terms from one or two subjects; the learnt, small and uneven
 * prior says so, and on Debian's debtags it doubled the topics' coherence (0.08 → 0.16 at k = 30).
 *
 * <p>On a tiny collection (a few dozen assets of one to three terms) that re-estimation can
 * collapse: most topics' α falls to about 1e-42 and β becomes NaN. Such a fit is run again with the
 * priors held, α at {@value #SHORT_TEXT_ALPHA} per topic, the usual prior for short texts: with
 * MALLET's 5 in all a document of three terms spread them over several topics (one subject came out
 * as three topics, and a topic mixed two subjects); with 0.1 each group of co-occurring terms is one
 * topic. The same seed makes it as reproducible as the first fit.
 *
 * <p>A fit cannot be interrupted: MALLET's sampler swallows the interrupt.
 */
final class Lda {

    static final double ALPHA_SUM = 5.0;
    static final double BETA = 0.01;
    static final int OPTIMIZE_INTERVAL = 50;
    static final int BURN_IN = 200;
    static final double SHORT_TEXT_ALPHA = 0.1;

    private Lda() {}

    static TopicFit fit(Corpus corpus, TopicSettings settings) {
        MalletLogging.guard();
        ParallelTopicModel lda = sample(corpus, settings, OPTIMIZE_INTERVAL, ALPHA_SUM);
        if (degenerate(lda)) {
            lda = sample(corpus, settings, 0, SHORT_TEXT_ALPHA * settings.topics());
        }
        double[][] topicTerms = lda.getTopicWords(true, true);
        float[][] weights = new float[topicTerms.length][];
        for (int k = 0; k < weights.length; k++) {
            weights[k] = toFloats(topicTerms[k]);
        }
        float[][] scores = new float[corpus.size()][];
        for (int d = 0; d < scores.length; d++) {
            scores[d] = toFloats(lda.getTopicProbabilities(d));
        }
        TopicModel model = TopicModel.lda(settings.seed(), corpus.terms(), weights, lda.alpha);
        return new TopicFit(model, scores);
    }

    /** Gibbs sampling from α summing to {@code alphaSum}, re-estimated every {@code optimizeInterval} sweeps (0: never). */
    private static ParallelTopicModel sample(
            Corpus corpus, TopicSettings settings, int optimizeInterval, double alphaSum) {
        ParallelTopicModel lda = new ParallelTopicModel(settings.topics(), alphaSum, BETA);
        lda.setRandomSeed(malletSeed(settings.seed()));
        lda.setNumThreads(settings.threads());
        lda.setNumIterations(settings.iterations());
        lda.setOptimizeInterval(optimizeInterval);
        lda.setBurninPeriod(Math.min(BURN_IN, settings.iterations() / 2));
        lda.setTopicDisplay(0, 0);
        lda.printLogLikelihood = false;
        lda.addInstances(instances(corpus));
        try {
            lda.estimate();
        } catch (IOException e) { // only from saving intermediate states, which is off
            throw new UncheckedIOException(e);
        }
        return lda;
    }

    /** The re-estimated priors collapsed: β is not a positive number, or an α is not. */
    private static boolean degenerate(ParallelTopicModel lda) {
        return !(lda.beta > 0 && lda.beta < Double.POSITIVE_INFINITY)
                || Arrays.stream(lda.alpha).anyMatch(a -> !(a > 0 && a < Double.POSITIVE_INFINITY));
    }

    private static InstanceList instances(Corpus corpus) {
        Alphabet alphabet = new Alphabet(corpus.terms().toArray()); // ids in the corpus's order
        InstanceList instances = new InstanceList(alphabet, null);
        for (int d = 0; d < corpus.size(); d++) {
            instances.add(new Instance(new FeatureSequence(alphabet, corpus.document(d)), null, null, null));
        }
        return instances;
    }

    /** MALLET takes an int seed, and -1 means "random": fold the long into a non-negative int. */
    static int malletSeed(long seed) {
        return Long.hashCode(seed) & Integer.MAX_VALUE;
    }

    private static float[] toFloats(double[] values) {
        float[] floats = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            floats[i] = (float) values[i];
        }
        return floats;
    }
}
