package org.taxonomist.models.head.recipe;

/**
 * One fully connected layer of a {@code Head}, as plain floats: {@code out = in · W + b}.
 *
 * @param inputs  length of the layer's input
 * @param outputs length of its output
 * @param weights row-major [input][output] ({@code inputs * outputs} values), so that a forward
 *                pass is a run of contiguous multiply-adds over the outputs
 * @param bias    {@code outputs} values
 */
public record DenseLayer(int inputs, int outputs, float[] weights, float[] bias) {

    public DenseLayer {
        if (inputs < 1 || outputs < 1 || weights.length != (long) inputs * outputs || bias.length != outputs) {
            throw new IllegalArgumentException(
                    "A " + inputs + " x " + outputs + " layer needs " + (long) inputs * outputs + " weights and "
                            + outputs + " biases, not " + weights.length + " and " + bias.length);
        }
    }

    /** {@code in · W + b} into a new array; zero inputs (frequent after ReLU) are skipped. */
    public float[] forward(float[] in) {
        float[] out = bias.clone();
        for (int i = 0; i < inputs; i++) {
            float x = in[i];
            if (x != 0f) {
                int row = i * outputs;
                for (int o = 0; o < outputs; o++) {
                    out[o] += x * weights[row + o];
                }
            }
        }
        return out;
    }
}
