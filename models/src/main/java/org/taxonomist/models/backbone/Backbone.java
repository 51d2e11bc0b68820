package org.taxonomist.models.backbone;

import java.awt.image.BufferedImage;
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

    /** Stable identifier, e.g. {@code nsfwjs-mobilenet_v2}. */
    String id();

    /** Version of the weights and embedding recipe, e.g. {@code 4.3.0}. */
    String version();

    /** Length of every embedding. */
    int dimension();

    /** The classes the network was trained on, in the order of {@link BackboneOutput#pretrainedScores()}. */
    List<String> pretrainedLabels();

    /** Embeds one image (any size; it is resized as the network expects). */
    BackboneOutput embed(BufferedImage image);

    /** Embeds many images in batches; the result is in the order of {@code images}. */
    List<BackboneOutput> embedAll(List<BufferedImage> images);

    @Override
    void close();
}
