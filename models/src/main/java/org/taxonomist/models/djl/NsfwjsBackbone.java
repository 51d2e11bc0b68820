package org.taxonomist.models.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taxonomist.models.backbone.Backbone;
import org.taxonomist.models.backbone.BackboneOutput;
import org.taxonomist.models.image.ImageDecoder;

/**
 * nsfwjs 4.3.0's MobileNetV2 as a {@link Backbone}, imported from its TF.js files and run on DJL's
 * PyTorch engine (CPU).
 *
 * <p>Embedding (1344-d): the block-14 expansion activation average-pooled (960) followed by the
 * block-10 expansion activation max-pooled (384), each part L2-normalised. Why not the final pooled
 * layer: blocks 11-16 were fine-tuned for content rating, and the intermediate layers separate
 * ordinary photo categories markedly better (see the module README). The five content-rating
 * probabilities come from the same forward pass.
 *
 * <p>Concurrency: forward passes are serialised by a lock, because one pass already keeps every
 * core busy (PyTorch intra-op threads); image preprocessing runs outside the lock.
 */
public final class NsfwjsBackbone implements Backbone {

    public static final String ID = "nsfwjs-mobilenet_v2";
    public static final String VERSION = "4.3.0";
    static final List<String> LABELS = List.of("Drawing", "Hentai", "Neutral", "Porn", "Sexy");
    static final String AVERAGED = "block_14_expand_relu";
    static final String MAXED = "block_10_expand_relu";
    static final String SCORES = "dense_3";
    private static final String MODEL_FOLDER = "dist/models/mobilenet_v2";

    private final KerasGraph graph;
    private final NDManager weights;
    private final int batchSize;
    private final int dimension;
    private final Object lock = new Object();
    private boolean closed;

    private NsfwjsBackbone(KerasGraph graph, NDManager weights, int batchSize, int dimension) {
        this.graph = graph;
        this.weights = weights;
        this.batchSize = batchSize;
        this.dimension = dimension;
    }

    /**
     * Imports the model from the unpacked nsfwjs package.
     *
     * @param nsfwjsPackage the folder {@link org.taxonomist.models.store.ModelStore#nsfwjsPackage()} returns
     * @param batchSize     images per forward pass
     */
    public static NsfwjsBackbone open(Path nsfwjsPackage, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
        TfjsLayersModel model;
        try {
            model = TfjsLayersModel.read(nsfwjsPackage.resolve(MODEL_FOLDER));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the nsfwjs model in " + nsfwjsPackage, e);
        }
        NDManager weights = DjlRuntime.newCpuManager();
        try {
            KerasGraph graph = KerasGraph.build(model, weights, Set.of(AVERAGED, MAXED, SCORES));
            int dimension = channels(model, AVERAGED) + channels(model, MAXED);
            return new NsfwjsBackbone(graph, weights, batchSize, dimension);
        } catch (RuntimeException e) {
            weights.close();
            throw e;
        }
    }

    /** Output channels of the expansion convolution behind a "..._expand_relu" layer. */
    private static int channels(TfjsLayersModel model, String reluLayer) {
        String conv = reluLayer.replace("_relu", "");
        return model.weights.get(conv + "/kernel").shape()[3];
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public List<String> pretrainedLabels() {
        return LABELS;
    }

    public int batchSize() {
        return batchSize;
    }

    @Override
    public BackboneOutput embed(BufferedImage image) {
        return embedAll(List.of(image)).get(0);
    }

    @Override
    public List<BackboneOutput> embedAll(List<BufferedImage> images) {
        List<BackboneOutput> outputs = new ArrayList<>(images.size());
        int plane = 3 * NsfwjsInput.SIZE * NsfwjsInput.SIZE;
        for (int start = 0; start < images.size(); start += batchSize) {
            int count = Math.min(batchSize, images.size() - start);
            float[] input = new float[count * plane];
            for (int i = 0; i < count; i++) {
                BufferedImage image = images.get(start + i);
                NsfwjsInput.write(ImageDecoder.toRgb(image), input, i * plane);
            }
            outputs.addAll(forward(input, count));
        }
        return outputs;
    }

    private List<BackboneOutput> forward(float[] input, int count) {
        float[] scores;
        float[] averaged;
        float[] maxed;
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("The backbone is closed");
            }
            // Every array of this batch lives in the sub-manager and is freed with it.
            try (NDManager batch = weights.newSubManager()) {
                NDArray x = batch.create(input, new Shape(count, 3, NsfwjsInput.SIZE, NsfwjsInput.SIZE));
                Map<String, NDArray> out = graph.forward(x);
                scores = out.get(SCORES).toFloatArray();
                averaged = KerasGraph.spatialMean(out.get(AVERAGED)).toFloatArray();
                maxed = KerasGraph.spatialMax(out.get(MAXED)).toFloatArray();
            }
        }
        int labels = LABELS.size();
        int averagedLength = averaged.length / count;
        int maxedLength = maxed.length / count;
        List<BackboneOutput> outputs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            float[] embedding = new float[averagedLength + maxedLength];
            normalised(averaged, i * averagedLength, averagedLength, embedding, 0);
            normalised(maxed, i * maxedLength, maxedLength, embedding, averagedLength);
            float[] probabilities = new float[labels];
            System.arraycopy(scores, i * labels, probabilities, 0, labels);
            outputs.add(new BackboneOutput(embedding, probabilities));
        }
        return outputs;
    }

    /** Copies {@code source[from ..+ length]} to {@code target[at ..]} scaled to unit L2 norm (zeros stay zeros). */
    private static void normalised(float[] source, int from, int length, float[] target, int at) {
        double sum = 0;
        for (int i = 0; i < length; i++) {
            sum += (double) source[from + i] * source[from + i];
        }
        double norm = Math.sqrt(sum);
        for (int i = 0; i < length; i++) {
            target[at + i] = norm == 0 ? 0f : (float) (source[from + i] / norm);
        }
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
