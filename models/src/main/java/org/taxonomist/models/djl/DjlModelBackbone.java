package org.taxonomist.models.djl;

import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslateException;
import ai.djl.translate.TranslatorContext;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.taxonomist.models.backbone.Backbone;
import org.taxonomist.models.backbone.BackboneOutput;
import org.taxonomist.models.backbone.BackboneSpec;
import org.taxonomist.models.image.ImageDecoder;
import org.taxonomist.models.store.MissingModelException;

/**
 * A user-supplied network as a {@link Backbone}: a TorchScript file (PyTorch engine), an ONNX file
 * (OnnxRuntime engine) or a DJL model-zoo URL, loaded through DJL's {@link Criteria}.
 *
 * <p>The network takes one float32 image batch ({@code [N, 3, size, size]}, or NHWC) and returns one
 * or more tensors. Output {@code output} (default 0) is the embedding: a rank-4 feature map is
 * pooled over H and W ({@code pool=avg|max}), a rank-3 token sequence over its tokens
 * ({@code avg|max}) or reduced to its first token ({@code cls}); rank 2 is used as is
 * ({@code pool=none} insists on that). The result is L2-normalised unless {@code normalize=none}.
 * With {@code labels=<file>} (one class per line), output {@code scores} (default 1) holds logits
 * whose softmax becomes the pretrained scores; without, there are none.
 *
 * <p>Identity: {@code id} defaults to {@code <scheme>-<file name>}; {@code version} defaults to a
 * hash of the model file and of every option that changes the numbers, so replacing the weights or
 * changing the recipe never mixes old cached embeddings with new ones.
 *
 * <p>Concurrency: calls are serialised on one predictor; preprocessing runs outside the lock.
 */
public final class DjlModelBackbone implements Backbone {

    /** Options every file/URL backbone takes. */
    static final Set<String> OPTIONS = Set.of(
            "size",
            "resize",
            "mean",
            "std",
            "layout",
            "pool",
            "normalize",
            "output",
            "labels",
            "scores",
            "id",
            "version",
            "batch",
            "device",
            "engine");
    /** Options that change the embedding's numbers: they enter the default version. */
    private static final List<String> RECIPE =
            List.of("size", "resize", "mean", "std", "layout", "pool", "normalize", "output", "scores");

    private static final String ZOO_HINT =
            " (djl:// URLs need network access, -Dai.djl.offline=false, and the zoo's jar on"
                    + " the class path, e.g. ai.djl.pytorch:pytorch-model-zoo for djl://ai.djl.pytorch/...)";

    private final String id;
    private final String version;
    private final PixelInput pixels;
    private final boolean nhwc;
    private final String pool;
    private final boolean normalize;
    private final int output;
    private final int scoresOutput;
    private final List<String> labels;
    private final int batchSize;
    private final ZooModel<Batch, Tensor[]> model;
    private final Predictor<Batch, Tensor[]> predictor;
    private final Object lock = new Object();
    private int dimension;
    private boolean closed;

    private DjlModelBackbone(
            String id,
            String version,
            PixelInput pixels,
            boolean nhwc,
            String pool,
            boolean normalize,
            int output,
            int scoresOutput,
            List<String> labels,
            int batchSize,
            ZooModel<Batch, Tensor[]> model) {
        this.id = id;
        this.version = version;
        this.pixels = pixels;
        this.nhwc = nhwc;
        this.pool = pool;
        this.normalize = normalize;
        this.output = output;
        this.scoresOutput = scoresOutput;
        this.labels = labels;
        this.batchSize = batchSize;
        this.model = model;
        this.predictor = model.newPredictor();
    }

    /**
     * Opens a {@code torchscript:}, {@code onnx:} or {@code djl://} spec (options: see the module
     * README), runs one blank image through it to learn and check its output shapes.
     */
    static DjlModelBackbone open(BackboneSpec spec, int batchSize) {
        boolean zoo = spec.scheme().equals("djl");
        DjlRuntime.offlineDefaults(); // before DJL resolves anything
        if (!zoo) {
            spec.requireKnownOptions(OPTIONS); // for djl:// URLs the others are the URL's own filters
        }
        String engine = switch (spec.scheme()) {
            case "torchscript" -> DjlRuntime.ENGINE;
            case "onnx" -> DjlRuntime.ONNX_ENGINE;
            case "djl" -> spec.option("engine", null);
            default -> throw new IllegalArgumentException("Not a DJL model spec: " + spec.text());
        };
        int size = spec.intOption("size", 224);
        boolean nhwc =
                spec.choiceOption("layout", "nchw", List.of("nchw", "nhwc")).equals("nhwc");
        PixelInput pixels = new PixelInput(
                size,
                spec.choiceOption("resize", "stretch", List.of("stretch", "crop"))
                                .equals("crop")
                        ? PixelInput.Fit.CROP
                        : PixelInput.Fit.STRETCH,
                spec.floatsOption("mean", 3, new float[] {0, 0, 0}),
                spec.floatsOption("std", 3, new float[] {1, 1, 1}),
                nhwc);
        String pool = spec.choiceOption("pool", "avg", List.of("avg", "max", "cls", "none"));
        boolean normalize =
                spec.choiceOption("normalize", "l2", List.of("l2", "none")).equals("l2");
        int output = spec.intOption("output", 0);
        List<String> labels =
                spec.option("labels", null) == null ? List.of() : readLabels(Path.of(spec.option("labels", null)));
        int scores = labels.isEmpty() ? -1 : spec.intOption("scores", 1);

        Criteria.Builder<Batch, Tensor[]> criteria =
                Criteria.builder().setTypes(Batch.class, Tensor[].class).optTranslator(new Io());
        String id;
        String version;
        if (zoo) {
            StringJoiner query = new StringJoiner("&");
            spec.options().forEach((key, value) -> {
                if (!OPTIONS.contains(key)) {
                    query.add(key + "=" + value);
                }
            });
            String url = spec.location() + (query.length() == 0 ? "" : "?" + query);
            try {
                criteria.optModelUrls(url); // resolves the zoo already
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(
                        "Cannot load backbone spec '" + spec.text() + "': " + e.getMessage() + ZOO_HINT, e);
            }
            id = spec.option(
                    "id", "djl-" + spec.location().substring("djl://".length()).replaceAll("[^A-Za-z0-9._-]+", "_"));
            version = spec.option("version", shortHash(url.getBytes(StandardCharsets.UTF_8), recipe(spec)));
        } else {
            Path file = Path.of(spec.location()).toAbsolutePath().normalize();
            if (!Files.isRegularFile(file)) {
                throw new MissingModelException(
                        "No " + spec.scheme() + " model file " + file + " (backbone spec '" + spec.text() + "')");
            }
            criteria.optModelPath(file);
            String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            id = spec.option("id", spec.scheme() + "-" + name);
            version = spec.option("version", fileHash(file, recipe(spec)));
        }
        if (engine != null) {
            criteria.optEngine(engine);
            criteria.optDevice(DjlRuntime.device(engine, spec.option("device", null)));
            if (engine.equals(DjlRuntime.ENGINE)) {
                criteria.optOption("mapLocation", "true"); // a model saved on a GPU loads onto the chosen device
            }
        }
        ZooModel<Batch, Tensor[]> model;
        try {
            model = criteria.build().loadModel();
        } catch (ModelNotFoundException | MalformedModelException | IOException | RuntimeException e) {
            throw new IllegalArgumentException(
                    "Cannot load backbone spec '" + spec.text() + "': " + e.getMessage() + (zoo ? ZOO_HINT : ""), e);
        }
        DjlModelBackbone backbone = new DjlModelBackbone(
                id, version, pixels, nhwc, pool, normalize, output, scores, labels, batchSize, model);
        try {
            backbone.dimension = backbone.probe();
            return backbone;
        } catch (RuntimeException e) {
            backbone.close();
            throw e;
        }
    }

    /** Runs a grey image through the network: checks the outputs fit the options and returns the embedding length. */
    private int probe() {
        BufferedImage grey = new BufferedImage(pixels.size(), pixels.size(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = grey.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, pixels.size(), pixels.size());
        g.dispose();
        BackboneOutput out = embedBatch(List.of(input(grey))).get(0);
        return out.embedding().length;
    }

    private static List<String> readLabels(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read labels file " + file, e);
        }
    }

    private static String recipe(BackboneSpec spec) {
        Map<String, String> recipe = new LinkedHashMap<>();
        for (String key : RECIPE) {
            recipe.put(key, spec.option(key, ""));
        }
        return recipe.toString();
    }

    private static String fileHash(Path file, String recipe) {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        digest.update(recipe.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    private static String shortHash(byte[] bytes, String recipe) {
        MessageDigest digest = sha256();
        digest.update(bytes);
        digest.update(recipe.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public List<String> pretrainedLabels() {
        return labels;
    }

    @Override
    public float[] input(BufferedImage image) {
        float[] input = new float[pixels.length()];
        pixels.write(ImageDecoder.toRgb(image), input, 0);
        return input;
    }

    @Override
    public List<BackboneOutput> embedInputs(List<float[]> inputs) {
        List<BackboneOutput> outputs = new ArrayList<>(inputs.size());
        for (int start = 0; start < inputs.size(); start += batchSize) {
            outputs.addAll(embedBatch(inputs.subList(start, Math.min(inputs.size(), start + batchSize))));
        }
        return outputs;
    }

    private List<BackboneOutput> embedBatch(List<float[]> inputs) {
        int count = inputs.size();
        float[] input = Vectors.concatenated(inputs);
        int size = pixels.size();
        Shape shape = nhwc ? new Shape(count, size, size, 3) : new Shape(count, 3, size, size);
        Tensor[] outputs;
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("The backbone is closed");
            }
            try {
                outputs = predictor.predict(new Batch(input, shape));
            } catch (TranslateException e) {
                throw new IllegalStateException(
                        "Backbone " + id + " failed on a batch of " + count + ": " + e.getMessage(), e);
            }
        }
        if (output >= outputs.length || scoresOutput >= outputs.length) {
            throw new IllegalStateException("Backbone " + id + " returns " + outputs.length + " output(s); output="
                    + output + (scoresOutput >= 0 ? ", scores=" + scoresOutput : "") + " asked for");
        }
        float[][] embeddings = pooled(outputs[output], count);
        List<BackboneOutput> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            float[] embedding = embeddings[i];
            if (normalize) {
                Vectors.normalised(embedding, 0, embedding.length, embedding, 0);
            }
            result.add(new BackboneOutput(embedding, scores(outputs, i, count)));
        }
        return result;
    }

    private float[] scores(Tensor[] outputs, int image, int count) {
        if (scoresOutput < 0) {
            return new float[0];
        }
        Tensor logits = outputs[scoresOutput];
        int classes = logits.values.length / count;
        if (logits.shape.length != 2 || classes != labels.size()) {
            throw new IllegalStateException(
                    "Backbone " + id + ": output " + scoresOutput + " has shape " + Arrays.toString(logits.shape)
                            + ", expected [N, " + labels.size() + "] for the " + labels.size() + " labels");
        }
        return Vectors.softmax(logits.values, image * classes, classes);
    }

    /** The embedding output reduced to one vector per image, as the {@code pool} option says. */
    private float[][] pooled(Tensor t, int count) {
        long[] s = t.shape;
        if (s.length == 0 || s[0] != count) {
            throw new IllegalStateException("Backbone " + id + ": output " + output + " has shape " + Arrays.toString(s)
                    + ", expected a batch of " + count + " first");
        }
        int rank = s.length;
        if (rank == 2 || (rank == 4 && pool.equals("none") && s[2] * s[3] == 1 && !nhwc)) {
            int d = (int) (t.values.length / count);
            float[][] result = new float[count][d];
            for (int i = 0; i < count; i++) {
                System.arraycopy(t.values, i * d, result[i], 0, d);
            }
            return result;
        }
        if (pool.equals("none")) {
            throw new IllegalStateException("Backbone " + id + ": output " + output + " has shape " + Arrays.toString(s)
                    + "; pool=none needs [N, D] (use pool=avg, max or cls)");
        }
        if (rank == 3) { // [N, tokens, D]
            int tokens = (int) s[1];
            int d = (int) s[2];
            return reduce(t.values, count, tokens, d, true);
        }
        if (rank == 4) {
            if (pool.equals("cls")) {
                throw new IllegalStateException(
                        "Backbone " + id + ": pool=cls needs a token sequence [N, T, D], not " + Arrays.toString(s));
            }
            // NCHW: channel-major, positions contiguous; NHWC: positions major, channels contiguous.
            int channels = (int) (nhwc ? s[3] : s[1]);
            int positions = (int) (nhwc ? s[1] * s[2] : s[2] * s[3]);
            return nhwc
                    ? reduce(t.values, count, positions, channels, true)
                    : reduce(t.values, count, channels, positions, false);
        }
        throw new IllegalStateException("Backbone " + id + ": cannot pool an output of shape " + Arrays.toString(s));
    }

    /**
     * Reduces per image an {@code outer x inner} block. {@code overOuter}: the result has
     * {@code inner} values, reduced over the outer index (tokens, or NHWC positions); otherwise it
     * has {@code outer} values, reduced over the inner index (NCHW positions).
     */
    private float[][] reduce(float[] v, int count, int outer, int inner, boolean overOuter) {
        int d = overOuter ? inner : outer;
        int n = overOuter ? outer : inner;
        float[][] result = new float[count][d];
        for (int i = 0; i < count; i++) {
            int base = i * outer * inner;
            for (int j = 0; j < d; j++) {
                if (pool.equals("cls")) {
                    result[i][j] = v[base + j]; // token 0
                    continue;
                }
                double acc = pool.equals("max") ? Double.NEGATIVE_INFINITY : 0;
                for (int k = 0; k < n; k++) {
                    float x = overOuter ? v[base + k * inner + j] : v[base + j * inner + k];
                    acc = pool.equals("max") ? Math.max(acc, x) : acc + x;
                }
                result[i][j] = (float) (pool.equals("max") ? acc : acc / n);
            }
        }
        return result;
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (!closed) {
                closed = true;
                predictor.close();
                model.close();
            }
        }
    }

    /** One preprocessed batch. */
    record Batch(float[] values, Shape shape) {}

    /** One network output, copied off the engine. */
    record Tensor(float[] values, long[] shape) {}

    /** Hands batches to the engine and copies every output back as float32, whatever the engine. */
    private static final class Io implements NoBatchifyTranslator<Batch, Tensor[]> {

        @Override
        public NDList processInput(TranslatorContext ctx, Batch batch) {
            return new NDList(ctx.getNDManager().create(batch.values(), batch.shape()));
        }

        @Override
        public Tensor[] processOutput(TranslatorContext ctx, NDList list) {
            Tensor[] outputs = new Tensor[list.size()];
            for (int i = 0; i < list.size(); i++) {
                NDArray array = list.get(i);
                if (array.getDataType() != DataType.FLOAT32) {
                    array = array.toType(DataType.FLOAT32, false);
                }
                outputs[i] = new Tensor(array.toFloatArray(), array.getShape().getShape());
            }
            return outputs;
        }
    }
}
