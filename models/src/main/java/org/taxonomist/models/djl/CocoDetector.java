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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.taxonomist.models.backbone.Backbone;
import org.taxonomist.models.backbone.BackboneOutput;
import org.taxonomist.models.detection.CocoClasses;
import org.taxonomist.models.detection.DetectedObject;
import org.taxonomist.models.detection.HeatmapPeaks;
import org.taxonomist.models.detection.HeatmapPeaks.Candidate;
import org.taxonomist.models.detection.NonMaxSuppression;
import org.taxonomist.models.image.ImageDecoder;

/**
 * The COCO object detector: Human 3.3.6's CenterNet (MobileNetV3 backbone, 512×512 input, 80
 * classes), imported from its TF.js graph and run on DJL's PyTorch engine. The graph is cut after
 * its class heatmap and box-size map; peaks, boxes and non-maximum suppression (per class) are
 * decoded here with Human's settings (100 candidates, IoU 0.4, at most 10 objects).
 *
 * <p>It is a {@link Backbone} too ({@code human:centernet}): the embedding concatenates, each
 * L2-normalised, the network's last feature map average-pooled ({@code extern1}, 480), the last
 * block's expansion max-pooled (720) and the best heatmap score of each class (80, which are also
 * the pre-trained scores: how surely each COCO object is in the picture).
 *
 * <p>Concurrency: forward passes are serialised by a lock (one pass keeps every core busy);
 * preprocessing runs outside it.
 */
public final class CocoDetector implements Backbone {

    public static final String ID = "human-centernet";
    public static final String VERSION = "3.3.6";
    static final String LATE = "tower_0/extern1/hard_swish/mul_1";
    static final String MID = "tower_0/MobilenetV3/expanded_conv_14/expand/hard_swish/mul_1";
    static final int DIMENSION = 480 + 720 + 80;
    static final int SIZE = 512;
    private static final int STRIDE = 4;
    private static final int MAP = SIZE / STRIDE;
    private static final int CANDIDATES = 100;
    private static final int MAX_OBJECTS = 10;
    private static final float MAX_OVERLAP = 0.4f;
    private static final String HEATMAP = "tower_0/keypoints";
    private static final String EXTENTS = "tower_0/wh";

    /** The graph's outputs for one image: class heatmap {@code [80, 128, 128]} and edge distances {@code [4, 128, 128]}. */
    record Maps(float[] heatmap, float[] extents) {}

    private final OpGraph graph;
    private final int batchSize;
    private final Object lock = new Object();
    private boolean closed;

    private CocoDetector(OpGraph graph, int batchSize) {
        this.graph = graph;
        this.batchSize = batchSize;
    }

    /** For detection: one image per pass. */
    public static CocoDetector open(Path humanPackage, String device) {
        return open(humanPackage, 1, device);
    }

    /**
     * @param humanPackage the folder {@link org.taxonomist.models.store.ModelStore#humanPackage()} returns
     * @param batchSize    images per forward pass when embedding
     * @param device       {@code auto}, {@code cpu}, {@code gpu}, {@code gpu:N}; null for the configured default
     */
    public static CocoDetector open(Path humanPackage, int batchSize, String device) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
        Path json = humanPackage.resolve("models/centernet.json");
        Device target = DjlRuntime.device(DjlRuntime.ENGINE, device);
        try {
            TfjsGraphModel model = TfjsGraphModel.readJson(json);
            NDManager weights = DjlRuntime.newManager(target);
            try {
                return new CocoDetector(
                        model.build(weights, new LinkedHashSet<>(List.of(HEATMAP, EXTENTS, LATE, MID))), batchSize);
            } catch (RuntimeException e) {
                weights.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the COCO detector " + json, e);
        }
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
        return DIMENSION;
    }

    @Override
    public List<String> pretrainedLabels() {
        return CocoClasses.NAMES;
    }

    /** The network's input for {@code image}: RGB 0-255 stretched to 512×512, planar. */
    @Override
    public float[] input(BufferedImage image) {
        float[] input = new float[3 * SIZE * SIZE];
        TfjsResizeInput.human(ImageDecoder.toRgb(image), SIZE, input, 0);
        return input;
    }

    /** What one look at an image finds: its objects, best first, and its embedding as a backbone. */
    public record Sighting(List<DetectedObject> objects, BackboneOutput features) {}

    /** The objects in {@code image} scoring at least {@code minScore}, best first. */
    public List<DetectedObject> detect(BufferedImage image, float minScore) {
        return look(image, minScore).objects();
    }

    /**
     * The objects in {@code image} and its embedding from one pass of the network: where the
     * detector is a backbone too, an upload's detection embeds the image for free.
     */
    public Sighting look(BufferedImage image, float minScore) {
        Pass pass = run(input(image), 1, true);
        List<BackboneOutput> features =
                PooledParts.outputs(ID, pass.pooled(), pass.classes(), CocoClasses.NAMES.size(), 1, DIMENSION);
        return new Sighting(objects(pass.maps(), minScore), features.get(0));
    }

    /** Decodes {@link #maps} into objects scoring at least {@code minScore}, boxes as fractions of the image. */
    static List<DetectedObject> objects(Maps maps, float minScore) {
        List<Candidate> peaks = HeatmapPeaks.decode(
                maps.heatmap(), maps.extents(), CocoClasses.NAMES.size(), MAP, MAP, STRIDE, CANDIDATES);
        List<DetectedObject> objects = new ArrayList<>();
        for (Candidate c : NonMaxSuppression.apply(peaks, minScore, MAX_OVERLAP, MAX_OBJECTS)) {
            float x1 = fraction(c.x1());
            float y1 = fraction(c.y1());
            objects.add(new DetectedObject(
                    CocoClasses.NAMES.get(c.classIndex()),
                    c.score(),
                    x1,
                    y1,
                    fraction(c.x2()) - x1,
                    fraction(c.y2()) - y1));
        }
        return objects;
    }

    private static float fraction(float pixels) {
        return Math.max(0f, Math.min(1f, pixels / SIZE));
    }

    /** Runs the graph on one {@link #input}. */
    Maps maps(float[] input) {
        return run(input, 1, true).maps();
    }

    @Override
    public List<BackboneOutput> embedInputs(List<float[]> inputs) {
        return PooledParts.inBatches(inputs, batchSize, (input, count) -> {
            Pass pass = run(input, count, false);
            return PooledParts.outputs(ID, pass.pooled(), pass.classes(), CocoClasses.NAMES.size(), count, DIMENSION);
        });
    }

    /** One forward pass's outputs: the maps of a single image (when asked for), the pooled parts and the classes' best scores. */
    private record Pass(Maps maps, List<float[]> pooled, float[] classes) {}

    private Pass run(float[] input, int count, boolean withMaps) {
        synchronized (lock) {
            requireOpen();
            try (NDManager batch = graph.manager().newSubManager()) {
                Map<String, NDArray> out = graph.forward(batch.create(input, new Shape(count, 3, SIZE, SIZE)));
                Maps maps = withMaps
                        ? new Maps(
                                out.get(HEATMAP).toFloatArray(),
                                out.get(EXTENTS).toFloatArray())
                        : null;
                float[] classes = OpGraph.spatialMax(out.get(HEATMAP)).toFloatArray();
                List<float[]> pooled = List.of(
                        OpGraph.spatialMean(out.get(LATE)).toFloatArray(),
                        OpGraph.spatialMax(out.get(MID)).toFloatArray(),
                        classes);
                return new Pass(maps, pooled, classes);
            }
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("The detector is closed");
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
