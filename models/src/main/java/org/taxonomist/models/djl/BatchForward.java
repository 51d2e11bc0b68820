package org.taxonomist.models.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.taxonomist.models.head.recipe.DenseLayer;

/**
 * A head's layers over many rows at once, as matrix products on DJL's PyTorch engine (CPU). One
 * row at a time in plain Java streams every weight through the cache per row; out-of-bag scoring of
 * an audit (half a million rows through a 1280 → 512 → 512 → 100 head) spent most of its time
 * there. Rows go in blocks of {@value #BLOCK} so that memory stays bounded.
 */
public final class BatchForward {

    private static final int BLOCK = 4096;

    private BatchForward() {}

    /**
     * Sigmoid outputs of a head for many rows: standardisation, the layers with ReLU between them.
     *
     * @param mean       per-feature mean the head subtracts
     * @param inverseStd per-feature factor it then multiplies by
     * @param rows       the embeddings, each of {@code mean.length} values
     * @return per row, one probability per output of the last layer
     */
    public static float[][] probabilities(float[] mean, float[] inverseStd, List<DenseLayer> layers, float[][] rows) {
        int n = rows.length;
        int d = mean.length;
        int k = layers.get(layers.size() - 1).outputs();
        float[][] out = new float[n][];
        try (NDManager manager = DjlRuntime.newCpuManager()) {
            NDArray shift = manager.create(mean);
            NDArray scale = manager.create(inverseStd);
            List<NDArray[]> parameters = new ArrayList<>();
            for (DenseLayer layer : layers) {
                parameters.add(new NDArray[] {
                    manager.create(layer.weights(), new Shape(layer.inputs(), layer.outputs())),
                    manager.create(layer.bias())
                });
            }
            float[] block = new float[Math.min(n, BLOCK) * d];
            for (int start = 0; start < n; start += BLOCK) {
                int count = Math.min(BLOCK, n - start);
                for (int r = 0; r < count; r++) {
                    if (rows[start + r].length != d) {
                        throw new IllegalArgumentException("Row " + (start + r) + " has " + rows[start + r].length
                                + " values, the head expects " + d);
                    }
                    System.arraycopy(rows[start + r], 0, block, r * d, d);
                }
                try (NDManager scope = manager.newSubManager()) {
                    NDArray activation = scope.create(FloatBuffer.wrap(block, 0, count * d), new Shape(count, d))
                            .sub(shift)
                            .mul(scale);
                    for (int l = 0; l < parameters.size(); l++) {
                        activation = activation
                                .matMul(parameters.get(l)[0])
                                .add(parameters.get(l)[1]);
                        activation = l < parameters.size() - 1
                                ? Activation.relu(activation)
                                : Activation.sigmoid(activation);
                    }
                    float[] values = activation.toFloatArray();
                    for (int r = 0; r < count; r++) {
                        out[start + r] = Arrays.copyOfRange(values, r * k, (r + 1) * k);
                    }
                }
            }
        }
        return out;
    }
}
