package org.taxonomist.models.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.taxonomist.models.djl.OpGraph.Step;
import org.taxonomist.models.djl.TfjsLayersModel.Weight;

/**
 * A TF.js <em>graph</em> model (a frozen TensorFlow graph: {@code format: "graph-model"}) as nsfwjs
 * (scripts) or the TF.js converter (JSON and binary shards) ships it, and a small interpreter that turns its nodes into an {@link OpGraph}. Only the ops that
 * the bundled models use are supported; anything else is refused by name when the graph is built,
 * never silently mistranslated.
 *
 * <p>Supported: {@code Placeholder}, {@code Const}, {@code Identity}, {@code Mul}, {@code Sub},
 * {@code Add}/{@code AddV2}, {@code BiasAdd}, {@code Relu}, {@code Relu6}, {@code Conv2D},
 * {@code DepthwiseConv2dNative}, their fused forms {@code _FusedConv2D} and
 * {@code FusedDepthwiseConv2dNative} (BiasAdd then Relu/Relu6), {@code AvgPool}/{@code MaxPool},
 * {@code Squeeze} (of the spatial axes), {@code MatMul}/{@code _FusedMatMul}, {@code Softmax},
 * {@code Sigmoid}, {@code Mean} (spatial, kept dimensions), {@code ConcatV2} (channels) and legacy
 * {@code ResizeBilinear}: the ops of nsfwjs's MobileNetV2 and of Human's CenterNet detector.
 *
 * <p>TF graphs are NHWC; the interpreter runs NCHW (PyTorch's layout) and translates kernels and
 * axes. Rank-1 constants broadcast over the channel axis.
 */
final class TfjsGraphModel {

    /** One graph node: its op, its data inputs (control inputs dropped, ":0" suffixes removed) and attributes. */
    record Node(String name, String op, List<String> inputs, Map<String, Object> attr) {}

    final Map<String, Node> nodes;
    final Map<String, Weight> weights;

    private TfjsGraphModel(Map<String, Node> nodes, Map<String, Weight> weights) {
        this.nodes = nodes;
        this.weights = weights;
    }

    /** Reads the graph model that nsfwjs bundles as scripts in {@code modelDirectory} (e.g. {@code <nsfwjs>/dist/models/mobilenet_v2_mid}). */
    static TfjsGraphModel read(Path modelDirectory) throws IOException {
        Map<String, Object> modelJson = TfjsLayersModel.modelJson(modelDirectory);
        return read(modelDirectory, modelJson, path -> TfjsLayersModel.readWeights(modelDirectory, path));
    }

    /**
     * Reads a graph model as the TF.js converter writes it: {@code modelJsonFile} (e.g.
     * {@code <human>/models/centernet.json}) and binary weight shards beside it.
     */
    static TfjsGraphModel readJson(Path modelJsonFile) throws IOException {
        Path directory = modelJsonFile.getParent();
        @SuppressWarnings("unchecked")
        Map<String, Object> modelJson =
                (Map<String, Object>) JsLiteral.parse(Files.readString(modelJsonFile, StandardCharsets.UTF_8), 0);
        return read(
                modelJsonFile,
                modelJson,
                manifest -> TfjsLayersModel.readWeights(
                        directory, manifest, path -> Files.readAllBytes(directory.resolve(path))));
    }

    private interface WeightReader {
        Map<String, Weight> read(List<Object> manifest) throws IOException;
    }

    @SuppressWarnings("unchecked")
    private static TfjsGraphModel read(Path source, Map<String, Object> modelJson, WeightReader weightReader)
            throws IOException {
        if (!"graph-model".equals(modelJson.get("format"))) {
            throw new IOException(
                    source + " does not hold a TF.js graph model (format " + modelJson.get("format") + ")");
        }
        Map<String, Object> topology = (Map<String, Object>) modelJson.get("modelTopology");
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (Object item : (List<Object>) topology.get("node")) {
            Map<String, Object> node = (Map<String, Object>) item;
            List<String> inputs = new ArrayList<>();
            for (Object input : (List<Object>) node.getOrDefault("input", List.of())) {
                String name = (String) input;
                if (name.startsWith("^")) {
                    continue; // control dependency: no data
                }
                if (name.endsWith(":0")) {
                    name = name.substring(0, name.length() - 2);
                } // other outputs keep their suffix: building a graph that needs one fails with its name
                inputs.add(name);
            }
            String name = (String) node.get("name");
            nodes.put(name, new Node(name, (String) node.get("op"), inputs, (Map<String, Object>)
                    node.getOrDefault("attr", Map.of())));
        }
        return new TfjsGraphModel(nodes, weightReader.read((List<Object>) modelJson.get("weightsManifest")));
    }

    /**
     * Builds the part of the graph that {@code endpoints} (node names) depend on. Weight arrays live
     * in {@code weights}, which the graph owns and closes.
     */
    OpGraph build(NDManager weights, Set<String> endpoints) {
        return new Builder(weights).build(endpoints);
    }

    private final class Builder {
        private final NDManager manager;
        private final Map<String, String> alias = new HashMap<>();
        private final List<Step> steps = new ArrayList<>();
        private final Set<String> done = new HashSet<>();
        private String input;

        Builder(NDManager manager) {
            this.manager = manager;
        }

        OpGraph build(Set<String> endpoints) {
            for (String endpoint : endpoints) {
                visit(endpoint, new HashSet<>());
            }
            if (input == null) {
                throw new IllegalArgumentException("The endpoints do not depend on the graph's input");
            }
            Map<String, String> resolved = new LinkedHashMap<>();
            for (String endpoint : endpoints) {
                resolved.put(endpoint, resolve(endpoint));
            }
            return new OpGraph(manager, input, steps, resolved);
        }

        /** Depth-first: a node's step is added after its inputs' steps, so steps come out in execution order. */
        private void visit(String name, Set<String> path) {
            if (done.contains(name)) {
                return;
            }
            Node node = nodes.get(name);
            if (node == null) {
                throw new IllegalArgumentException(
                        name.contains(":")
                                ? "Multi-output node inputs are not supported: " + name
                                : "No graph node named " + name);
            }
            if (!path.add(name)) {
                throw new IllegalArgumentException("The graph has a cycle through " + name);
            }
            if (!node.op().equals("Const")) {
                for (String in : node.inputs()) {
                    visit(in, path);
                }
                add(node);
            }
            path.remove(name);
            done.add(name);
        }

        private String resolve(String name) {
            String target = name;
            while (alias.containsKey(target)) {
                target = alias.get(target);
            }
            return target;
        }

        private boolean isConst(String name) {
            return nodes.get(name).op().equals("Const");
        }

        private Weight constant(String name) {
            Weight w = weights.get(name);
            if (w == null) {
                throw new IllegalArgumentException("Constant " + name + " has no weights in the manifest");
            }
            return w;
        }

        private void add(Node node) {
            String name = node.name();
            List<String> in = node.inputs();
            switch (node.op()) {
                case "Placeholder" -> {
                    if (input != null && !input.equals(name)) {
                        throw new IllegalArgumentException("Graphs with several inputs are not supported");
                    }
                    input = name;
                }
                case "Identity" -> alias.put(name, in.get(0));
                case "Mul", "Sub", "Add", "AddV2", "BiasAdd" -> binary(node);
                case "Relu" -> unary(node, "relu");
                case "Relu6" -> unary(node, "relu6");
                case "Softmax" -> unary(node, "softmax");
                case "Sigmoid" -> unary(node, "sigmoid");
                case "Mean" -> mean(node);
                case "ConcatV2" -> concat(node);
                case "ResizeBilinear" -> resizeBilinear(node);
                case "Conv2D", "_FusedConv2D" -> convolution(node, false);
                case "DepthwiseConv2dNative", "FusedDepthwiseConv2dNative" -> convolution(node, true);
                case "AvgPool", "MaxPool" -> pooling(node);
                case "Squeeze" -> squeeze(node);
                case "MatMul", "_FusedMatMul" -> matMul(node);
                default -> throw new IllegalArgumentException("Unsupported graph op " + node.op() + " (" + name + ")");
            }
        }

        private void unary(Node node, String activation) {
            Function<NDArray, NDArray> f = KerasGraph.activation(activation);
            steps.add(new Step(node.name(), List.of(resolve(node.inputs().get(0))), x -> f.apply(x.get(0))));
        }

        /** Element-wise with broadcasting; at most one side constant (a scalar, or one value per channel). */
        private void binary(Node node) {
            String op = node.op();
            List<String> in = node.inputs();
            boolean leftConst = isConst(in.get(0));
            boolean rightConst = isConst(in.get(1));
            if (leftConst && rightConst) {
                throw new IllegalArgumentException("Constant folding is not supported (" + node.name() + ")");
            }
            if (!leftConst && !rightConst) {
                steps.add(new Step(
                        node.name(),
                        List.of(resolve(in.get(0)), resolve(in.get(1))),
                        x -> apply(op, x.get(0), x.get(1))));
                return;
            }
            Weight w = constant(in.get(leftConst ? 0 : 1));
            if (w.shape().length > 1) {
                throw new IllegalArgumentException(
                        "Only scalar or per-channel constants are supported (" + node.name() + ")");
            }
            NDArray flat = manager.create(
                    w.values(), new Shape(w.shape().length == 0 ? new long[0] : new long[] {w.shape()[0]}));
            NDArray channels = w.shape().length == 0 ? flat : flat.reshape(1, w.shape()[0], 1, 1);
            String tensor = resolve(in.get(leftConst ? 1 : 0));
            steps.add(new Step(node.name(), List.of(tensor), x -> {
                NDArray a = x.get(0);
                NDArray c = a.getShape().dimension() == 4 ? channels : flat;
                return leftConst ? applyLeftConstant(op, c, a) : apply(op, a, c);
            }));
        }

        /**
         * {@code c op a} computed with the batch's value first: DJL attaches a result to its first
         * operand's manager, and a result in the weights' manager would outlive the batch (it
         * leaked about 34 MB an image through the detector's hard-swish activations).
         */
        private static NDArray applyLeftConstant(String op, NDArray c, NDArray a) {
            if (!op.equals("Sub")) {
                return apply(op, a, c); // Mul and Add commute
            }
            try (NDArray negated = a.neg()) {
                return negated.add(c);
            }
        }

        private static NDArray apply(String op, NDArray a, NDArray b) {
            return switch (op) {
                case "Mul" -> a.mul(b);
                case "Sub" -> a.sub(b);
                default -> a.add(b);
            };
        }

        private void convolution(Node node, boolean depthwise) {
            Map<String, Object> attr = node.attr();
            requireNhwc(node);
            List<String> fused = strings(attr.get("fused_ops"));
            List<String> in = node.inputs();
            float[] bias = null;
            String activation = null;
            for (String op : fused) {
                switch (op) {
                    case "BiasAdd" -> bias = constant(in.get(2)).values();
                    case "Relu" -> activation = "relu";
                    case "Relu6" -> activation = "relu6";
                    default -> throw new IllegalArgumentException("Unsupported fused op " + op + " in " + node.name());
                }
            }
            int[] strides = spatial(ints(attr.get("strides")));
            int[] dilations = attr.containsKey("dilations") ? spatial(ints(attr.get("dilations"))) : new int[] {1, 1};
            FoldableConvolution conv = FoldableConvolution.of(
                    resolve(in.get(0)),
                    node.name(),
                    constant(in.get(1)),
                    depthwise,
                    bias,
                    strides,
                    dilations,
                    padding(node),
                    activation);
            steps.add(conv.toStep(manager));
        }

        private void pooling(Node node) {
            Map<String, Object> attr = node.attr();
            requireNhwc(node);
            int[] kernel = spatial(ints(attr.get("ksize")));
            int[] stride = spatial(ints(attr.get("strides")));
            if (padding(node)) {
                throw new IllegalArgumentException("Only VALID pooling is supported (" + node.name() + ")");
            }
            Shape k = new Shape(kernel[0], kernel[1]);
            Shape s = new Shape(stride[0], stride[1]);
            Shape zero = new Shape(0, 0);
            boolean average = node.op().equals("AvgPool");
            steps.add(new Step(
                    node.name(),
                    List.of(resolve(node.inputs().get(0))),
                    x -> average
                            ? Pool.avgPool2d(x.get(0), k, s, zero, false, false)
                            : Pool.maxPool2d(x.get(0), k, s, zero, false)));
        }

        /** Squeezing NHWC's spatial axes (1, 2) of a rank-4 value: NCHW's axes 2 and 3; both leave [N, C]. */
        private void squeeze(Node node) {
            int[] dims = ints(node.attr().get("squeeze_dims"));
            if (dims.length != 2 || dims[0] != 1 || dims[1] != 2) {
                throw new IllegalArgumentException(
                        "Only Squeeze of the spatial axes [1, 2] is supported (" + node.name() + ")");
            }
            steps.add(new Step(
                    node.name(),
                    List.of(resolve(node.inputs().get(0))),
                    x -> x.get(0).squeeze(new int[] {2, 3})));
        }

        /** The squeeze-and-excite mean: NHWC's spatial axes [1, 2], dimensions kept, i.e. NCHW [N, C, 1, 1]. */
        private void mean(Node node) {
            float[] axes = constant(node.inputs().get(1)).values();
            if (axes.length != 2
                    || axes[0] != 1
                    || axes[1] != 2
                    || !Boolean.TRUE.equals(bool(node.attr().get("keep_dims")))) {
                throw new IllegalArgumentException(
                        "Only Mean over the spatial axes [1, 2] with keep_dims is supported (" + node.name() + ")");
            }
            steps.add(new Step(node.name(), List.of(resolve(node.inputs().get(0))), x -> {
                Shape shape = x.get(0).getShape();
                return OpGraph.spatialMean(x.get(0)).reshape(shape.get(0), shape.get(1), 1, 1);
            }));
        }

        /** Concatenation along NHWC's channel axis (3 or -1), NCHW's axis 1; the last input is the axis. */
        private void concat(Node node) {
            List<String> in = node.inputs();
            float axis = constant(in.get(in.size() - 1)).values()[0];
            if (axis != 3 && axis != -1) {
                throw new IllegalArgumentException(
                        "Only ConcatV2 along the channel axis is supported (" + node.name() + ")");
            }
            List<String> tensors =
                    in.subList(0, in.size() - 1).stream().map(this::resolve).toList();
            steps.add(new Step(node.name(), tensors, x -> NDArrays.concat(new NDList(x), 1)));
        }

        /**
         * TF's legacy bilinear resize (align_corners and half_pixel_centers false: source = target *
         * in / out) to the constant size of input 1, as two constant interpolation matrices
         * (rows, then columns): PyTorch's own bilinear modes sample differently.
         */
        private void resizeBilinear(Node node) {
            Map<String, Object> attr = node.attr();
            if (Boolean.TRUE.equals(bool(attr.get("align_corners")))
                    || Boolean.TRUE.equals(bool(attr.get("half_pixel_centers")))) {
                throw new IllegalArgumentException("Only legacy ResizeBilinear is supported (" + node.name() + ")");
            }
            float[] size = constant(node.inputs().get(1)).values();
            int height = (int) size[0];
            int width = (int) size[1];
            steps.add(new Step(node.name(), List.of(resolve(node.inputs().get(0))), x -> {
                NDArray in = x.get(0);
                Shape shape = in.getShape();
                try (NDArray rows = in.getManager()
                                .create(LegacyBilinear.matrix(shape.get(2), height), new Shape(height, shape.get(2)));
                        NDArray columns = in.getManager()
                                .create(LegacyBilinear.matrix(shape.get(3), width), new Shape(width, shape.get(3)));
                        NDArray columnsT = columns.transpose();
                        NDArray wide = in.matMul(columnsT)) {
                    return rows.matMul(wide);
                }
            }));
        }

        private void matMul(Node node) {
            Map<String, Object> attr = node.attr();
            List<String> in = node.inputs();
            if (Boolean.TRUE.equals(bool(attr.get("transpose_a")))) {
                throw new IllegalArgumentException("MatMul with transpose_a is not supported (" + node.name() + ")");
            }
            Weight kernel = constant(in.get(1));
            boolean transposed = Boolean.TRUE.equals(bool(attr.get("transpose_b")));
            NDArray raw = manager.create(kernel.values(), new Shape(kernel.shape()[0], kernel.shape()[1]));
            // Linear wants [out, in]; TF's b is [in, out] unless transpose_b.
            NDArray w = transposed ? raw : raw.transpose().duplicate();
            if (!transposed) {
                raw.close();
            }
            NDArray b = null;
            Function<NDArray, NDArray> f = x -> x;
            for (String op : strings(attr.get("fused_ops"))) {
                switch (op) {
                    case "BiasAdd" -> b = manager.create(constant(in.get(2)).values());
                    case "Relu" -> f = KerasGraph.activation("relu");
                    case "Relu6" -> f = KerasGraph.activation("relu6");
                    default -> throw new IllegalArgumentException("Unsupported fused op " + op + " in " + node.name());
                }
            }
            NDArray bias = b;
            Function<NDArray, NDArray> activation = f;
            steps.add(new Step(
                    node.name(),
                    List.of(resolve(in.get(0))),
                    x -> KerasGraph.applyAndRelease(
                            activation, Linear.linear(x.get(0), w, bias).singletonOrThrow())));
        }

        private void requireNhwc(Node node) {
            Object format = node.attr().get("data_format");
            if (format != null && !"NHWC".equals(string(format))) {
                throw new IllegalArgumentException("Only NHWC graphs are supported (" + node.name() + ")");
            }
        }

        /** True for SAME, false for VALID. */
        private boolean padding(Node node) {
            String padding = string(node.attr().get("padding"));
            return switch (padding) {
                case "SAME" -> true;
                case "VALID" -> false;
                default ->
                    throw new IllegalArgumentException("Unsupported padding " + padding + " (" + node.name() + ")");
            };
        }
    }

    /** NHWC [1, h, w, 1] attribute -> [h, w]. */
    private static int[] spatial(int[] nhwc) {
        return new int[] {nhwc[1], nhwc[2]};
    }

    // TF attribute values as the converter writes them: {s: base64}, {b: bool}, {list: {i: [...], s: [...]}}.

    @SuppressWarnings("unchecked")
    private static String string(Object attr) {
        Object s = ((Map<String, Object>) attr).get("s");
        return new String(Base64.getDecoder().decode((String) s), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static Boolean bool(Object attr) {
        return attr == null ? null : (Boolean) ((Map<String, Object>) attr).get("b");
    }

    @SuppressWarnings("unchecked")
    private static int[] ints(Object attr) {
        Map<String, Object> list = (Map<String, Object>) ((Map<String, Object>) attr).get("list");
        List<Object> values = (List<Object>) list.getOrDefault("i", List.of());
        return values.stream()
                .mapToInt(v -> (int) Double.parseDouble(v.toString()))
                .toArray();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object attr) {
        if (attr == null) {
            return List.of();
        }
        Map<String, Object> list = (Map<String, Object>) ((Map<String, Object>) attr).get("list");
        List<Object> values = (List<Object>) list.getOrDefault("s", List.of());
        return values.stream()
                .map(v -> new String(Base64.getDecoder().decode((String) v), StandardCharsets.UTF_8))
                .toList();
    }
}
