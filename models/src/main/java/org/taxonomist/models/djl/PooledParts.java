package org.taxonomist.models.djl;

import java.util.ArrayList;
import java.util.List;
import org.taxonomist.models.backbone.BackboneOutput;

/**
 * The embedding recipe of the bundled TF.js backbones: a batch's activations, each pooled over the
 * image, become per image the concatenation of the parts, each L2-normalised, with the network's
 * own class scores beside it.
 */
final class PooledParts {

    /** One forward pass over {@code count} images' inputs laid end to end. */
    interface Forward {
        List<BackboneOutput> run(float[] inputs, int count);
    }

    private PooledParts() {}

    /** Runs {@code forward} on {@code inputs} in batches of {@code batchSize}. */
    static List<BackboneOutput> inBatches(List<float[]> inputs, int batchSize, Forward forward) {
        List<BackboneOutput> outputs = new ArrayList<>(inputs.size());
        for (int start = 0; start < inputs.size(); start += batchSize) {
            List<float[]> batch = inputs.subList(start, Math.min(inputs.size(), start + batchSize));
            outputs.addAll(forward.run(Vectors.concatenated(batch), batch.size()));
        }
        return outputs;
    }

    /**
     * @param pooled    per part, the batch's pooled values ({@code count} rows laid end to end)
     * @param scores    the batch's class scores, {@code labels} per image
     * @param dimension the embedding's length, which the parts must fill exactly
     */
    static List<BackboneOutput> outputs(
            String id, List<float[]> pooled, float[] scores, int labels, int count, int dimension) {
        List<BackboneOutput> outputs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            float[] embedding = new float[dimension];
            int at = 0;
            for (float[] part : pooled) {
                int length = part.length / count;
                if (at + length > embedding.length) {
                    throw new IllegalStateException("The " + id + " embedding parts exceed " + dimension + " values");
                }
                Vectors.normalised(part, i * length, length, embedding, at);
                at += length;
            }
            if (at != embedding.length) {
                throw new IllegalStateException("The " + id + " embedding has " + at + " values, not " + dimension);
            }
            float[] probabilities = new float[labels];
            System.arraycopy(scores, i * labels, probabilities, 0, labels);
            outputs.add(new BackboneOutput(embedding, probabilities));
        }
        return outputs;
    }
}
