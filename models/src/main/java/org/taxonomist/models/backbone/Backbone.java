package org.taxonomist.models.backbone;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A pre-trained network turned into an embedding function. Heads are trained on its embeddings;
 * embeddings are cached by content hash and {@link #id()} + {@link #version()}, so an
 * implementation must change its version whenever its numbers would change.
 *
 * <p>Implementations are safe for concurrent calls. They hold native memory: close them (one owner,
 * or try-with-resources).
 *
 * <pre>{@code
 * try (Backbone backbone = Backbones.openDefault(ModelStore.fromEnvironment())) {
 *     BackboneOutput out = backbone.embed(ImageDecoder.toRgb(decoded.image()));
 * }
 * }</pre>
 */
public interface Backbone extends AutoCloseable {

    /** Images turned into inputs at a time by {@link #embedAll}. */
    int INPUT_SLICE = 64;

    /** Stable identifier, e.g. {@code nsfwjs-mobilenet_v2}. */
    String id();

    /** Version of the weights and embedding recipe, e.g. {@code 4.3.0}. */
    String version();

    /** Length of every embedding. */
    int dimension();

    /** The classes the network was trained on, in the order of {@link BackboneOutput#pretrainedScores()}. */
    List<String> pretrainedLabels();

    /**
     * One image (any size) as the network's input: resized and normalised exactly as the network
     * expects. Takes no lock, so callers can prepare images while another call runs the network,
     * and hold a small array rather than a decoded photo until a batch is full.
     */
    float[] input(BufferedImage image);

    /** Runs the network over inputs made by {@link #input}, in batches; the result is in their order. */
    List<BackboneOutput> embedInputs(List<float[]> inputs);

    /** Embeds one image. */
    default BackboneOutput embed(BufferedImage image) {
        return embedInputs(List.of(input(image))).get(0);
    }

    /**
     * Embeds many images in batches; the result is in the order of {@code images}. Inputs are made
     * {@value #INPUT_SLICE} images at a time, so that their memory stays bounded however many images come.
     */
    default List<BackboneOutput> embedAll(List<BufferedImage> images) {
        List<BackboneOutput> outputs = new ArrayList<>(images.size());
        for (int start = 0; start < images.size(); start += INPUT_SLICE) {
            outputs.addAll(embedInputs(images.subList(start, Math.min(images.size(), start + INPUT_SLICE)).stream()
                    .map(this::input)
                    .toList()));
        }
        return outputs;
    }

    @Override
    void close();
}
