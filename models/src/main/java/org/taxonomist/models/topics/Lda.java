package org.taxonomist.models.topics;

import cc.mallet.topics.ParallelTopicModel;
import cc.mallet.types.Alphabet;
import cc.mallet.types.FeatureSequence;
import cc.mallet.types.Instance;
import cc.mallet.types.InstanceList;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * LDA by MALLET's {@link ParallelTopicModel} (SparseLDA Gibbs sampling, documents shared out
 * among threads). Each term is one token, straight from the corpus's ids: nothing is tokenised.
 * The Dirichlet priors start at {@value #ALPHA_SUM} in all (per document, over topics) and
 * {@value #BETA} (per topic, over terms), MALLET's defaults, and are re-estimated from the samples
 * every {@value #OPTIMIZE_INTERVAL} sweeps after a burn-in of {@value #BURN_IN} (at most half the
 * sweeps). Assets have a handful of terms from one or two subjects; the learnt, small and uneven
 * prior says so, and on Debian's debtags it doubled the topics' coherence (0.08 → 0.16 at k = 30).
 *
 * <p>A fit cannot be interrupted: MALLET's sampler swallows the interrupt.
 */
final class Lda {

    static final double ALPHA_SUM = 5.0;
    static final double BETA = 0.01;
    static final int OPTIMIZE_INTERVAL = 50;
    static final int BURN_IN = 200;

    private Lda() {
    }

    static TopicFit fit(Corpus corpus, TopicSettings settings) {
        MalletLogging.guard();
        ParallelTopicModel lda = new ParallelTopicModel(settings.topics(), ALPHA_SUM, BETA);
        lda.setRandomSeed(malletSeed(settings.seed()));
        lda.setNumThreads(settings.threads());
        lda.setNumIterations(settings.iterations());
        lda.setOptimizeInterval(OPTIMIZE_INTERVAL);
        lda.setBurninPeriod(Math.min(BURN_IN, settings.iterations() / 2));
        lda.setTopicDisplay(0, 0);
        lda.printLogLikelihood = false;
        lda.addInstances(instances(corpus));
        try {
            lda.estimate();
        } catch (IOException e) { // only from saving intermediate states, which is off
            throw new UncheckedIOException(e);
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
