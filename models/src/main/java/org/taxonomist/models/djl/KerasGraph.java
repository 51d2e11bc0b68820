package org.taxonomist.models.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.taxonomist.models.djl.OpGraph.Step;
import org.taxonomist.models.djl.TfjsLayersModel.Layer;
import org.taxonomist.models.djl.TfjsLayersModel.Weight;

/**
 * Translates a Keras layers model into an {@link OpGraph} of DJL NDArray operations, NCHW layout.
 *
 * <p>What differs from Keras and is handled here: kernels are transposed from TF's
 * {@code [kh, kw, in, out]}; TF's {@code "same"} padding may be asymmetric (extra row/column at the
 * bottom/right), so it becomes an explicit pad when it is; {@code ZeroPadding2D} pads
 * bottom/right only; {@code Flatten} must flatten in NHWC order to match the Dense kernel; TF's
 * {@code "same"} average pooling divides by the number of real (not padded) pixels. Batch
 * normalisation that directly follows a convolution is folded into the convolution's weights
 * (inference only), which saves one pass over every activation.
 */
final class KerasGraph {

    private KerasGraph() {}

    /**
     * Builds the graph; {@code endpoints} are the layers whose outputs {@link OpGraph#forward}
     * returns (kept unfused; a pass-through layer such as Dropout stands for its input). Weight
     * arrays live in {@code weights}, which the graph owns and closes.
     */
    static OpGraph build(TfjsLayersModel model, NDManager weights, Set<String> endpoints) {
        return new Builder(model, weights, endpoints).build();
    }

    /** Translates Keras layers into steps; keeps convolution weights as floats until BN is folded in. */
    private static final class Builder {
        private final TfjsLayersModel model;
        private final NDManager manager;
        private final Set<String> endpoints;
        private final Map<String, String> alias = new HashMap<>();
        private final Map<String, Integer> consumers = new HashMap<>();
        private final Map<String, FoldableConvolution> pendingConvs = new LinkedHashMap<>();
        private final List<Object> plan = new ArrayList<>(); // Step or FoldableConvolution, in execution order
        private String input;

        Builder(TfjsLayersModel model, NDManager manager, Set<String> endpoints) {
            this.model = model;
            this.manager = manager;
            this.endpoints = endpoints;
            for (Layer layer : model.layers) {
                for (String in : layer.inbound()) {
                    consumers.merge(in, 1, Integer::sum);
                }
            }
        }

        OpGraph build() {
            for (Layer layer : model.layers) {
                add(layer);
            }
            List<Step> steps = new ArrayList<>();
            for (Object item : plan) {
                steps.add(item instanceof FoldableConvolution conv ? conv.toStep(manager) : (Step) item);
            }
            Map<String, String> resolved = new LinkedHashMap<>();
            for (String endpoint : endpoints) {
                resolved.put(endpoint, resolve(endpoint));
            }
            return new OpGraph(manager, input, steps, resolved);
        }

        private String resolve(String name) {
            String target = name;
            while (alias.containsKey(target)) {
                target = alias.get(target);
            }
            return target;
        }

        private void add(Layer layer) {
            Map<String, Object> c = layer.config();
            List<String> in = layer.inbound().stream().map(this::resolve).toList();
            String name = layer.name();
            switch (layer.className()) {
                case "InputLayer" -> input = name;
                case "Dropout" -> alias.put(name, in.get(0)); // identity at inference
                case "ZeroPadding2D" -> {
                    int[][] p = padding(c.get("padding"));
                    // DJL/PyTorch pad order: last axis first (left, right, top, bottom).
                    Shape pad = new Shape(p[1][0], p[1][1], p[0][0], p[0][1]);
                    step(name, in, x -> x.get(0).pad(pad, 0));
                }
                case "Conv2D", "DepthwiseConv2D" -> {
                    FoldableConvolution conv = FoldableConvolution.of(layer, model.weights, in.get(0));
                    pendingConvs.put(name, conv);
                    plan.add(conv);
                }
                case "BatchNormalization" -> batchNorm(layer, in.get(0));
                case "ReLU" -> step(name, in, x -> relu(x.get(0), c));
                case "Activation" -> {
                    String activation = (String) c.get("activation");
                    if (activation == null || activation.equals("linear")) {
                        alias.put(name, in.get(0)); // a step must never return its input: it would be freed twice
                    } else {
                        Function<NDArray, NDArray> f = activation(activation);
                        step(name, in, x -> f.apply(x.get(0)));
                    }
                }
                case "Add" ->
                    step(name, in, x -> {
                        NDArray sum = x.get(0).add(x.get(1));
                        for (int i = 2; i < x.size(); i++) {
                            sum.addi(x.get(i));
                        }
                        return sum;
                    });
                case "Concatenate" -> step(name, in, x -> concat(x, channelAxis(c, x.get(0))));
                case "GlobalAveragePooling2D" -> step(name, in, x -> OpGraph.spatialMean(x.get(0)));
                case "GlobalMaxPooling2D" -> step(name, in, x -> OpGraph.spatialMax(x.get(0)));
                case "AveragePooling2D", "MaxPooling2D" -> pooling(layer, in);
                case "Flatten" ->
                    step(name, in, x -> {
                        NDArray a = x.get(0);
                        // Keras flattens NHWC; transpose back so the Dense kernel's row order matches.
                        return a.getShape().dimension() == 4
                                ? a.transpose(0, 2, 3, 1).reshape(a.getShape().get(0), -1)
                                : a.reshape(a.getShape().get(0), -1);
                    });
                case "Dense" -> dense(layer, in);
                default ->
                    throw new IllegalArgumentException(
                            "Unsupported Keras layer " + layer.className() + " (" + name + ")");
            }
        }

        private void step(String name, List<String> in, Function<List<NDArray>, NDArray> op) {
            plan.add(new Step(name, in, op));
        }

        private void batchNorm(Layer layer, String in) {
            Map<String, Object> c = layer.config();
            String name = layer.name();
            int channels = model.weights.get(name + "/moving_mean").shape()[0];
            float[] mean = model.weights.get(name + "/moving_mean").values();
            float[] variance = model.weights.get(name + "/moving_variance").values();
            float[] gamma = Boolean.FALSE.equals(c.get("scale"))
                    ? ones(channels)
                    : model.weights.get(name + "/gamma").values();
            float[] beta = Boolean.FALSE.equals(c.get("center"))
                    ? new float[channels]
                    : model.weights.get(name + "/beta").values();
            double epsilon = ((Number) c.get("epsilon")).doubleValue();
            float[] scale = new float[channels];
            float[] shift = new float[channels];
            for (int i = 0; i < channels; i++) {
                scale[i] = (float) (gamma[i] / Math.sqrt(variance[i] + epsilon));
                shift[i] = (float) (beta[i] - mean[i] * (double) scale[i]);
            }
            FoldableConvolution conv = pendingConvs.get(in);
            if (conv != null
                    && conv.activation == null
                    && consumers.getOrDefault(in, 0) == 1
                    && !endpoints.contains(in)) {
                conv.fold(scale, shift, name);
                pendingConvs.remove(in);
                return;
            }
            NDArray s = manager.create(scale, new Shape(1, channels, 1, 1));
            NDArray b = manager.create(shift, new Shape(1, channels, 1, 1));
            step(name, List.of(in), x -> x.get(0).mul(s).addi(b));
        }

        private void pooling(Layer layer, List<String> in) {
            Map<String, Object> c = layer.config();
            int[] pool = ints(c.get("pool_size"));
            int[] stride = c.get("strides") == null ? pool : ints(c.get("strides"));
            boolean same = "same".equals(c.get("padding"));
            boolean average = layer.className().startsWith("Average");
            Shape poolShape = shape(pool);
            Shape strideShape = shape(stride);
            step(layer.name(), in, x -> {
                NDArray a = x.get(0);
                Shape padding = new Shape(0, 0);
                if (same) {
                    // TF pads (k - 1) in total for stride 1 and excludes the padding from averages
                    // (PyTorch: countIncludePad = false). Only the symmetric case maps onto PyTorch.
                    int[] before = new int[2];
                    for (int d = 0; d < 2; d++) {
                        long size = a.getShape().get(2 + d);
                        long outSize = (size + stride[d] - 1) / stride[d];
                        int total = (int) Math.max(0, (outSize - 1) * stride[d] + pool[d] - size);
                        if (total % 2 != 0) {
                            throw new IllegalArgumentException(
                                    "Asymmetric 'same' pooling is not supported (" + layer.name() + ")");
                        }
                        before[d] = total / 2;
                    }
                    padding = new Shape(before[0], before[1]);
                }
                if (!average) {
                    return Pool.maxPool2d(a, poolShape, strideShape, padding, false);
                }
                NDArray sum = Pool.avgPool2d(a, poolShape, strideShape, padding, false, false);
                if (padding.get(0) == 0 && padding.get(1) == 0) {
                    return sum;
                }
                // DJL 0.35.1's PyTorch binding ignores countIncludePad = false (measured): padded
                // zeros are counted. Divide by the share of real pixels in each window instead.
                Shape spatial =
                        new Shape(1, 1, a.getShape().get(2), a.getShape().get(3));
                try (NDArray ones = a.getManager().ones(spatial);
                        NDArray share = Pool.avgPool2d(ones, poolShape, strideShape, padding, false, true)) {
                    return sum.divi(share);
                }
            });
        }

        private void dense(Layer layer, List<String> in) {
            Map<String, Object> c = layer.config();
            Weight kernel = model.weights.get(layer.name() + "/kernel");
            int inputs = kernel.shape()[0];
            int units = kernel.shape()[1];
            // Keras kernel [in, out] -> Linear weight [out, in].
            NDArray w = manager.create(kernel.values(), new Shape(inputs, units))
                    .transpose()
                    .duplicate();
            NDArray b = Boolean.FALSE.equals(c.get("use_bias"))
                    ? null
                    : manager.create(model.weights.get(layer.name() + "/bias").values(), new Shape(units));
            Function<NDArray, NDArray> f = activation((String) c.get("activation"));
            step(
                    layer.name(),
                    in,
                    x -> applyAndRelease(f, Linear.linear(x.get(0), w, b).singletonOrThrow()));
        }

        private static NDArray concat(List<NDArray> arrays, int axis) {
            NDList list = new NDList(arrays.toArray(new NDArray[0]));
            return NDArrays.concat(list, axis);
        }

        private static int channelAxis(Map<String, Object> c, NDArray sample) {
            int axis = ((Number) c.getOrDefault("axis", -1.0)).intValue();
            int rank = sample.getShape().dimension();
            if (rank == 4 && (axis == -1 || axis == 3)) {
                return 1;
            }
            return axis;
        }
    }

    /** Keras activation by name. */
    static Function<NDArray, NDArray> activation(String name) {
        return switch (name == null ? "linear" : name) {
            case "linear" -> x -> x;
            case "relu" -> Activation::relu;
            case "relu6" -> x -> x.clip(0, 6);
            case "sigmoid" -> Activation::sigmoid;
            case "tanh" -> Activation::tanh;
            case "softmax" -> x -> x.softmax(x.getShape().dimension() == 4 ? 1 : -1);
            default -> throw new IllegalArgumentException("Unsupported activation " + name);
        };
    }

    /** Applies a fused activation and frees the pre-activation array, which nothing else reads. */
    static NDArray applyAndRelease(Function<NDArray, NDArray> f, NDArray preActivation) {
        NDArray result = f.apply(preActivation);
        if (result != preActivation) {
            preActivation.close();
        }
        return result;
    }

    private static NDArray relu(NDArray x, Map<String, Object> config) {
        Object max = config.get("max_value");
        double slope = ((Number) config.getOrDefault("negative_slope", 0.0)).doubleValue();
        double threshold = ((Number) config.getOrDefault("threshold", 0.0)).doubleValue();
        if (slope != 0 || threshold != 0) {
            throw new IllegalArgumentException("ReLU with negative_slope/threshold is not supported");
        }
        return max == null ? Activation.relu(x) : x.clip(0, ((Number) max).doubleValue());
    }

    private static float[] ones(int n) {
        float[] a = new float[n];
        Arrays.fill(a, 1f);
        return a;
    }

    private static Shape shape(int[] dims) {
        return new Shape(Arrays.stream(dims).asLongStream().toArray());
    }

    static int[] ints(Object list) {
        return ((List<?>) list).stream().mapToInt(v -> ((Number) v).intValue()).toArray();
    }

    private static int[][] padding(Object spec) {
        if (spec instanceof Number n) {
            int p = n.intValue();
            return new int[][] {{p, p}, {p, p}};
        }
        List<?> dims = (List<?>) spec;
        int[][] result = new int[2][2];
        for (int d = 0; d < 2; d++) {
            Object dim = dims.get(d);
            if (dim instanceof Number n) {
                result[d][0] = n.intValue();
                result[d][1] = n.intValue();
            } else {
                result[d] = ints(dim);
            }
        }
        return result;
    }
}
