package org.taxonomist.models.backbone;

import org.taxonomist.models.djl.NsfwjsBackbone;
import org.taxonomist.models.store.ModelStore;

/**
 * Opens the bundled backbones.
 *
 * <p>Configuration: batch size from system property {@value #BATCH_SIZE_PROPERTY}, else environment
 * variable {@value #BATCH_SIZE_ENV}, else {@value #DEFAULT_BATCH_SIZE}.
 */
public final class Backbones {

    public static final String BATCH_SIZE_PROPERTY = "taxonomist.backbone.batchSize";
    public static final String BATCH_SIZE_ENV = "TAXONOMIST_BACKBONE_BATCH_SIZE";
    public static final int DEFAULT_BATCH_SIZE = 8;

    private Backbones() {
    }

    /**
     * The default backbone: nsfwjs 4.3.0 MobileNetV2 on the DJL PyTorch engine (CPU), 1344-d embedding.
     *
     * @throws org.taxonomist.models.store.MissingModelException when the model has not been fetched
     */
    public static Backbone openDefault(ModelStore store) {
        return open(store, configuredBatchSize());
    }

    /** The default backbone with an explicit batch size (images per forward pass). */
    public static Backbone open(ModelStore store, int batchSize) {
        return NsfwjsBackbone.open(store.nsfwjsPackage(), batchSize);
    }

    static int configuredBatchSize() {
        String value = System.getProperty(BATCH_SIZE_PROPERTY);
        if (value == null || value.isBlank()) {
            value = System.getenv(BATCH_SIZE_ENV);
        }
        if (value == null || value.isBlank()) {
            return DEFAULT_BATCH_SIZE;
        }
        try {
            int size = Integer.parseInt(value.strip());
            if (size < 1) {
                throw new NumberFormatException();
            }
            return size;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(BATCH_SIZE_PROPERTY + " must be a positive integer, not '" + value + "'");
        }
    }
}
