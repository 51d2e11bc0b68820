package org.taxonomist.models.ensemble;

import java.util.List;
import org.taxonomist.models.head.recipe.HeadRecipe;
import org.taxonomist.models.head.recipe.HeadSettings;
import org.taxonomist.models.head.recipe.LogisticHead;

/**
 * How a field's ensemble is trained.
 *
 * @param heads            the heads to choose from, per backbone, by out-of-bag ranking (one: no
 *                         choice); a logistic head is skipped where the embeddings are too large for it
 * @param bags             heads per backbone, each on its own random sample (5 in the source study)
 * @param fraction         share of the assets in each bag's sample (0.75)
 * @param pcaComponents    reduce embeddings to this many principal components first; 0 = off
 *                         (the source study used 100)
 * @param minAssetsPerTerm a term with fewer labelled assets is not trained: "needs more data" (30)
 * @param folds            folds for choosing the combiner and for cross-validated evaluation (5)
 * @param combiner         threshold tuning (F-beta, fallback) and the combiners to choose from
 * @param seed             samples, folds and heads: the same data and settings give the same model
 */
public record EnsembleSettings(
        List<HeadRecipe> heads,
        int bags,
        double fraction,
        int pcaComponents,
        int minAssetsPerTerm,
        int folds,
        CombinerSettings combiner,
        long seed) {

    /** Logistic heads at three penalties and the 512-512 MLP. */
    public static final List<HeadRecipe> DEFAULT_HEADS =
            List.of(new LogisticHead(0.01), new LogisticHead(0.1), new LogisticHead(1), HeadSettings.defaults());

    public EnsembleSettings {
        heads = List.copyOf(heads);
        if (heads.isEmpty()) {
            throw new IllegalArgumentException("An ensemble needs at least one head to train");
        }
    }

    public static EnsembleSettings defaults() {
        return new EnsembleSettings(
                DEFAULT_HEADS,
                Bagging.DEFAULT_BAGS,
                Bagging.DEFAULT_FRACTION,
                0,
                30,
                5,
                CombinerSettings.defaults(),
                42);
    }

    public EnsembleSettings withMinAssetsPerTerm(int value) {
        return new EnsembleSettings(heads, bags, fraction, pcaComponents, value, folds, combiner, seed);
    }

    /** One head: no choice. */
    public EnsembleSettings withHead(HeadRecipe value) {
        return withHeads(List.of(value));
    }

    public EnsembleSettings withHeads(List<HeadRecipe> value) {
        return new EnsembleSettings(value, bags, fraction, pcaComponents, minAssetsPerTerm, folds, combiner, seed);
    }

    public EnsembleSettings withBags(int value) {
        return new EnsembleSettings(heads, value, fraction, pcaComponents, minAssetsPerTerm, folds, combiner, seed);
    }

    public EnsembleSettings withFraction(double value) {
        return new EnsembleSettings(heads, bags, value, pcaComponents, minAssetsPerTerm, folds, combiner, seed);
    }

    public EnsembleSettings withPcaComponents(int value) {
        return new EnsembleSettings(heads, bags, fraction, value, minAssetsPerTerm, folds, combiner, seed);
    }

    public EnsembleSettings withFolds(int value) {
        return new EnsembleSettings(heads, bags, fraction, pcaComponents, minAssetsPerTerm, value, combiner, seed);
    }
}
