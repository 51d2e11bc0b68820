package org.taxonomist.models.ensemble;

/**
 * How a {@link Stacker} is trained.
 *
 * @param hidden       units in the hidden (ReLU) layer
 * @param epochs       passes over the training assets
 * @param learningRate Adam step size at the start; it decays linearly to a tenth by the last epoch
 * @param l2           L2 penalty on the weights (not the biases): loss = mean summed log-loss + l2/2·|w|²
 * @param batchSize    assets per Adam step
 * @param seed         initial weights and shuffling; the same data and settings give the same stacker
 */
public record StackerSettings(int hidden, int epochs, double learningRate, double l2, int batchSize, long seed) {

    public StackerSettings {
        if (hidden < 1 || epochs < 1 || !(learningRate > 0) || !(l2 >= 0) || batchSize < 1) {
            throw new IllegalArgumentException("Invalid stacker settings: " + hidden + ", " + epochs + ", "
                    + learningRate + ", " + l2 + ", " + batchSize);
        }
    }

    /** 16 hidden units, 30 epochs, learning rate 0.01, l2 1e-4, batches of 64, a fixed seed. */
    public static StackerSettings defaults() {
        return new StackerSettings(16, 30, 0.01, 1e-4, 64, 0x57AC_4E12L);
    }
}
