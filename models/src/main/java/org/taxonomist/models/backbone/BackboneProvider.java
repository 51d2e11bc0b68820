package org.taxonomist.models.backbone;

import java.util.Optional;
import java.util.Set;
import org.taxonomist.models.store.ModelStore;

/**
 * Opens backbones for some spec schemes. Implementations are found with {@link java.util.ServiceLoader}
 * (a {@code META-INF/services/org.taxonomist.models.backbone.BackboneProvider} entry), so a jar on
 * the class path can add a scheme without changes here, the way DJL engines register themselves.
 * This module registers {@code nsfwjs}, {@code torchscript}, {@code onnx} and {@code djl}.
 */
public interface BackboneProvider {

    /** The schemes this provider opens, e.g. {@code onnx}. */
    Set<String> schemes();

    /**
     * Opens the backbone {@code spec} names.
     *
     * @param batchSize images per forward pass (the spec's {@code batch=} option, else the configured default)
     * @throws IllegalArgumentException for a malformed spec or unknown options
     * @throws org.taxonomist.models.store.MissingModelException when the model files are not there
     */
    Backbone open(BackboneSpec spec, ModelStore store, int batchSize);

    /**
     * What the backbone {@code spec} names embeds into, where that is known without opening it (a bundled
     * network's fixed recipe); empty where only opening it tells (a TorchScript or ONNX file).
     */
    default Optional<EmbeddingSpace> space(BackboneSpec spec) {
        return Optional.empty();
    }
}
