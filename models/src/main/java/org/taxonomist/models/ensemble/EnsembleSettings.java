package org.taxonomist.models.ensemble;

import org.taxonomist.models.head.HeadSettings;

/**
 * How a field's ensemble is trained.
 *
 * @param head             each bag's head
 * @param bags             heads per backbone, each on its own random sample (5 in the source study)
 * @param fraction         share of the assets in each bag's sample (0.75)
 * @param pcaComponents    reduce embeddings to this many principal components first; 0 = off
 *                         (the source study used 100)
 * @param minAssetsPerTerm a term with fewer labelled assets is not trained: "needs more data" (30)
 * @param folds            folds for choosing the combiner and for cross-validated evaluation (5)
 * @param combiner         threshold tuning (F-beta, fallback) and the combiners to choose from
 * @param seed             samples, folds and heads: the same data and settings give the same model
 */
public record EnsembleSettings(HeadSettings head, int bags, double fraction, int pcaComponents, int minAssetsPerTerm,
                               int folds, CombinerSettings combiner, long seed) {

    public static EnsembleSettings defaults() {
        return new EnsembleSettings(HeadSettings.defaults(), Bagging.DEFAULT_BAGS, Bagging.DEFAULT_FRACTION, 0, 30, 5,
                CombinerSettings.defaults(), 42);
    }

    public EnsembleSettings withMinAssetsPerTerm(int value) {
        return new EnsembleSettings(head, bags, fraction, pcaComponents, value, folds, combiner, seed);
    }

    public EnsembleSettings withHead(HeadSettings value) {
        return new EnsembleSettings(value, bags, fraction, pcaComponents, minAssetsPerTerm, folds, combiner, seed);
    }

    public EnsembleSettings withBags(int value) {
        return new EnsembleSettings(head, value, fraction, pcaComponents, minAssetsPerTerm, folds, combiner, seed);
    }

    public EnsembleSettings withFraction(double value) {
        return new EnsembleSettings(head, bags, value, pcaComponents, minAssetsPerTerm, folds, combiner, seed);
    }

    public EnsembleSettings withPcaComponents(int value) {
        return new EnsembleSettings(head, bags, fraction, value, minAssetsPerTerm, folds, combiner, seed);
    }

    public EnsembleSettings withFolds(int value) {
        return new EnsembleSettings(head, bags, fraction, pcaComponents, minAssetsPerTerm, value, combiner, seed);
    }
}
