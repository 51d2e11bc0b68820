package org.taxonomist.models.djl;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.taxonomist.models.backbone.Backbone;
import org.taxonomist.models.backbone.BackboneOutput;
import org.taxonomist.models.image.ImageDecoder;

/**
 * One of nsfwjs 4.3.0's three networks as a {@link Backbone}, imported from its TF.js files and run
 * on DJL's PyTorch engine (on the {@link DjlRuntime#device device} DJL finds).
 *
 * <p>The embedding concatenates intermediate activations, each pooled over the image and
 * L2-normalised, rather than the final pooled layer: the top blocks of these networks were
 * fine-tuned for content rating, and intermediate layers separate ordinary photo categories
 * markedly better (see the module README). The five content-rating probabilities come from the same
 * forward pass. See {@link Model} for each network's recipe.
 *
 * <p>Concurrency: forward passes are serialised by a lock, because one pass already keeps every
 * core busy (PyTorch intra-op threads); image preprocessing runs outside the lock.
 */
public final class NsfwjsBackbone implements Backbone {

    public static final String VERSION = "4.3.0";
    /** The id of the default network, {@link Model#MOBILENET_V2}. */
    public static final String ID = Model.MOBILENET_V2.id();

    static final List<String> LABELS = List.of("Drawing", "Hentai", "Neutral", "Porn", "Sexy");
    private static final String MID = "StatefulPartitionedCall/sequential/keras_layer/StatefulPartitionedCall/"
            + "StatefulPartitionedCall/StatefulPartitionedCall/predict/MobilenetV2/";

    /** An embedding part: one layer's activation, pooled over H and W (average or max). */
    record Part(String layer, boolean max) {}

    /** The three networks in the nsfwjs package, with their embedding recipes. */
    public enum Model {
        /**
         * MobileNetV2 (α = 1.0), 224×224, TF.js layers model. Embedding 1344: {@code block_14_expand_relu}
         * average-pooled (960) ++ {@code block_10_expand_relu} max-pooled (384).
         */
        MOBILENET_V2(
                "mobilenet_v2",
                224,
                false,
                "dense_3",
                1344,
                new Part("block_14_expand_relu", false),
                new Part("block_10_expand_relu", true)),
        /**
         * InceptionV3, 299×299, TF.js layers model (layers up to {@code mixed5} frozen ImageNet
         * weights, the rest fine-tuned). Embedding 3584: {@code mixed5} max-pooled (768) ++
         * {@code mixed7} average-pooled (768) ++ {@code mixed10} average-pooled (2048).
         */
        INCEPTION_V3(
                "inception_v3",
                299,
                false,
                "dense_3",
                3584,
                new Part("mixed5", true),
                new Part("mixed7", false),
                new Part("mixed10", false)),
        /**
         * MobileNetV2 (α = 1.4, the TF-Hub module), 224×224, TF.js graph model that rescales its
         * input to [-1, 1] itself. Embedding 1872, the analogue of the default's recipe:
         * {@code expanded_conv_14/expand/Relu6} average-pooled (1344) ++
         * {@code expanded_conv_10/expand/Relu6} max-pooled (528).
         */
        MOBILENET_V2_MID(
                "mobilenet_v2_mid",
                224,
                true,
                "Identity",
                1872,
                new Part(MID + "expanded_conv_14/expand/Relu6", false),
                new Part(MID + "expanded_conv_10/expand/Relu6", true));

        final String folder;
        final int size;
        final boolean graph;
        final String scores;
        final int dimension;
        final List<Part> parts;

        Model(String folder, int size, boolean graph, String scores, int dimension, Part... parts) {
            this.folder = folder;
            this.size = size;
            this.graph = graph;
            this.scores = scores;
            this.dimension = dimension;
            this.parts = List.of(parts);
        }

        /** The name used in specs ({@code nsfwjs:<name>}) and in the package's {@code dist/models/<name>}. */
        public String modelName() {
            return folder;
        }

        /** {@code nsfwjs-<name>}. */
        public String id() {
            return "nsfwjs-" + folder;
        }

        /** Input width and height in pixels. */
        public int inputSize() {
            return size;
        }

        /** Length of the embedding. */
        public int dimension() {
            return dimension;
        }

        /** The model named {@code name} (e.g. {@code inception_v3}). */
        public static Model byName(String name) {
            for (Model model : values()) {
                if (model.folder.equals(name.toLowerCase(Locale.ROOT))) {
                    return model;
                }
            }
            throw new IllegalArgumentException("No nsfwjs model '" + name + "'; there are "
                    + Arrays.stream(values()).map(Model::modelName).toList());
        }
    }

    private final Model model;
    private final OpGraph graph;
    private final int batchSize;
    private final Object lock = new Object();
    private boolean closed;

    private NsfwjsBackbone(Model model, OpGraph graph, int batchSize) {
        this.model = model;
        this.graph = graph;
        this.batchSize = batchSize;
    }

    /** The default network ({@link Model#MOBILENET_V2}) on the configured device. */
    public static NsfwjsBackbone open(Path nsfwjsPackage, int batchSize) {
        return open(nsfwjsPackage, Model.MOBILENET_V2, batchSize, null);
    }

    /**
     * Imports {@code model} from the unpacked nsfwjs package.
     *
     * @param nsfwjsPackage the folder {@link org.taxonomist.models.store.ModelStore#nsfwjsPackage()} returns
     * @param batchSize     images per forward pass
     * @param device        {@code auto}, {@code cpu}, {@code gpu}, {@code gpu:N}; null for the configured default
     */
    public static NsfwjsBackbone open(Path nsfwjsPackage, Model model, int batchSize, String device) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
        Path folder = nsfwjsPackage.resolve("dist/models").resolve(model.folder);
        Set<String> endpoints = new LinkedHashSet<>();
        model.parts.forEach(part -> endpoints.add(part.layer()));
        endpoints.add(model.scores);
        Device target = DjlRuntime.device(DjlRuntime.ENGINE, device);
        try {
            if (model.graph) {
                TfjsGraphModel graphModel = TfjsGraphModel.read(folder);
                NDManager weights = DjlRuntime.newManager(target);
                return new NsfwjsBackbone(model, build(weights, () -> graphModel.build(weights, endpoints)), batchSize);
            }
            TfjsLayersModel layers = TfjsLayersModel.read(folder);
            NDManager weights = DjlRuntime.newManager(target);
            return new NsfwjsBackbone(
                    model, build(weights, () -> KerasGraph.build(layers, weights, endpoints)), batchSize);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the nsfwjs model in " + folder, e);
        }
    }

    private static OpGraph build(NDManager weights, Supplier<OpGraph> builder) {
        try {
            return builder.get();
        } catch (RuntimeException e) {
            weights.close();
            throw e;
        }
    }

    public Model model() {
        return model;
    }

    @Override
    public String id() {
        return model.id();
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public int dimension() {
        return model.dimension;
    }

    @Override
    public List<String> pretrainedLabels() {
        return LABELS;
    }

    public int batchSize() {
        return batchSize;
    }

    @Override
    public float[] input(BufferedImage image) {
        float[] input = new float[3 * model.size * model.size];
        TfjsResizeInput.nsfwjs(ImageDecoder.toRgb(image), model.size, input, 0);
        return input;
    }

    @Override
    public List<BackboneOutput> embedInputs(List<float[]> inputs) {
        return PooledParts.inBatches(inputs, batchSize, this::forward);
    }

    private List<BackboneOutput> forward(float[] input, int count) {
        float[] scores;
        List<float[]> pooled = new ArrayList<>(model.parts.size());
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("The backbone is closed");
            }
            // Every array of this batch lives in the sub-manager and is freed with it.
            try (NDManager batch = graph.manager().newSubManager()) {
                NDArray x = batch.create(input, new Shape(count, 3, model.size, model.size));
                Map<String, NDArray> out = graph.forward(x);
                scores = out.get(model.scores).toFloatArray();
                for (Part part : model.parts) {
                    NDArray activation = out.get(part.layer());
                    pooled.add((part.max() ? OpGraph.spatialMax(activation) : OpGraph.spatialMean(activation))
                            .toFloatArray());
                }
            }
        }
        return PooledParts.outputs(model.id(), pooled, scores, LABELS.size(), count, model.dimension);
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (!closed) {
                closed = true;
                graph.close();
            }
        }
    }
}
