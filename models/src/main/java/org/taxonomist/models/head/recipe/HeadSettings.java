package org.taxonomist.models.head.recipe;

import java.util.List;

/**
 * How a {@code Head} is trained: the shape of the network and the optimiser's knobs. Nothing
 * here depends on the embedding's length, so the same settings serve any backbone and
 * embeddings reduced by PCA.
 *
 * <pre>{@code
 * HeadSettings mlp = HeadSettings.defaults();                              // 512-512 MLP
 * HeadSettings logistic = HeadSettings.defaults().withHiddenLayers(List.of()); // logistic regression
 * HeadSettings bag3 = mlp.withSeed(3);                                     // another bag, another seed
 * }</pre>
 *
 * @param hiddenLayers widths of the hidden layers (ReLU), input side first; empty = one
 *                     linear layer, i.e. per-term logistic regression
 * @param epochs       the most passes over the training set
 * @param learningRate Adam's step size at the start; it decays (cosine) to a tenth by the last epoch
 * @param batchSize    the most assets per update; smaller training sets use smaller batches so
 *                     that an epoch has at least {@value #MIN_UPDATES_PER_EPOCH} updates
 * @param weightDecay  L2 penalty (Adam weight decay, on every parameter); larger = smoother heads
 * @param dropout      dropout rate after each hidden layer while training, in [0, 1); 0 = none
 * @param patience     early stopping: stop after this many epochs without a better loss on a
 *                     held-out tenth of the training set, and keep the best epoch's weights;
 *                     0 = no early stopping (all data trains, all epochs run). Needs at least
 *                     {@value #MIN_ASSETS_FOR_EARLY_STOPPING} assets, else it is off
 * @param seed         weight initialisation, dropout, shuffling and the held-out split: the same
 *                     data, settings and seed give the same bytes
 */
public record HeadSettings(
        List<Integer> hiddenLayers,
        int epochs,
        double learningRate,
        int batchSize,
        double weightDecay,
        double dropout,
        int patience,
        long seed)
        implements HeadRecipe {

    /** Training sets smaller than {@code batchSize * this} use smaller batches. */
    public static final int MIN_UPDATES_PER_EPOCH = 50;
    /** Early stopping holds out a tenth of the assets; below this many, it is off. */
    public static final int MIN_ASSETS_FOR_EARLY_STOPPING = 500;

    public HeadSettings {
        hiddenLayers = List.copyOf(hiddenLayers);
        for (int width : hiddenLayers) {
            if (width < 1) {
                throw new IllegalArgumentException("Hidden layer widths must be positive: " + hiddenLayers);
            }
        }
        if (epochs < 1
                || !(learningRate > 0)
                || batchSize < 1
                || !(weightDecay >= 0)
                || !(dropout >= 0 && dropout < 1)
                || patience < 0) {
            throw new IllegalArgumentException("Invalid head settings: " + epochs + " epochs, learning rate "
                    + learningRate + ", batch " + batchSize + ", weight decay " + weightDecay + ", dropout " + dropout
                    + ", patience " + patience);
        }
    }

    /**
     * Two hidden layers of 512, at most 10 epochs with early stopping (patience 2), Adam 3e-3,
     * batch 512, weight decay 1e-4, no dropout, seed 42.
     */
    public static HeadSettings defaults() {
        return new HeadSettings(List.of(512, 512), 10, 3e-3, 512, 1e-4, 0.0, 2, 42);
    }

    @Override
    public String label() {
        return hiddenLayers.isEmpty()
                ? "mlp without hidden layer"
                : "mlp " + hiddenLayers.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("-"));
    }

    public HeadSettings withHiddenLayers(List<Integer> widths) {
        return new HeadSettings(widths, epochs, learningRate, batchSize, weightDecay, dropout, patience, seed);
    }

    public HeadSettings withEpochs(int value) {
        return new HeadSettings(hiddenLayers, value, learningRate, batchSize, weightDecay, dropout, patience, seed);
    }

    public HeadSettings withLearningRate(double value) {
        return new HeadSettings(hiddenLayers, epochs, value, batchSize, weightDecay, dropout, patience, seed);
    }

    public HeadSettings withBatchSize(int value) {
        return new HeadSettings(hiddenLayers, epochs, learningRate, value, weightDecay, dropout, patience, seed);
    }

    public HeadSettings withWeightDecay(double value) {
        return new HeadSettings(hiddenLayers, epochs, learningRate, batchSize, value, dropout, patience, seed);
    }

    public HeadSettings withDropout(double value) {
        return new HeadSettings(hiddenLayers, epochs, learningRate, batchSize, weightDecay, value, patience, seed);
    }

    public HeadSettings withPatience(int value) {
        return new HeadSettings(hiddenLayers, epochs, learningRate, batchSize, weightDecay, dropout, value, seed);
    }

    @Override
    public HeadSettings withSeed(long value) {
        return new HeadSettings(hiddenLayers, epochs, learningRate, batchSize, weightDecay, dropout, patience, value);
    }
}
