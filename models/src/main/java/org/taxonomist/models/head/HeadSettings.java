package org.taxonomist.models.head;

/**
 * How a {@link Head} is trained.
 *
 * @param l2           L2 penalty on the weights (not the biases), per sample: the loss is
 *                     mean log-loss + l2/2 * |w|^2. Larger = smoother, less confident heads.
 * @param epochs       passes over the training set
 * @param learningRate Adam step size at the start; it decays linearly to a tenth by the last epoch
 */
public record HeadSettings(double l2, int epochs, double learningRate) {

    public HeadSettings {
        if (l2 < 0 || epochs < 1 || learningRate <= 0) {
            throw new IllegalArgumentException("Invalid head settings: " + l2 + ", " + epochs + ", " + learningRate);
        }
    }

    /** l2 = 1e-3, 30 epochs, learning rate 0.01: a sound start for 1344-d standardised embeddings. */
    public static HeadSettings defaults() {
        return new HeadSettings(1e-3, 30, 0.01);
    }
}
