package org.taxonomist.models.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.taxonomist.models.djl.OpGraph.Step;
import org.taxonomist.models.djl.TfjsLayersModel.Layer;
import org.taxonomist.models.djl.TfjsLayersModel.Weight;

/**
 * A Keras {@code Conv2D} or {@code DepthwiseConv2D} whose weights are still plain floats, so that a
 * following batch normalisation can be folded into them before they become NDArrays.
 *
 * <p>TF's {@code "same"} padding puts the odd pixel after (bottom/right); PyTorch pads
 * symmetrically. When the two disagree the input is padded explicitly first.
 */
final class FoldableConvolution {

    final String input;
    String output;
    final int outChannels;
    final Shape kernelShape; // PyTorch layout [out, in/groups, kh, kw]
    final float[] kernel;
    float[] bias;
    final int[] kernelSize;
    final int[] strides;
    final int[] dilation;
    final boolean same;
    final int groups;
    final String activation; // null when linear

    private FoldableConvolution(
            String input,
            String output,
            int outChannels,
            Shape kernelShape,
            float[] kernel,
            float[] bias,
            int[] kernelSize,
            int[] strides,
            int[] dilation,
            boolean same,
            int groups,
            String activation) {
        this.input = input;
        this.output = output;
        this.outChannels = outChannels;
        this.kernelShape = kernelShape;
        this.kernel = kernel;
        this.bias = bias;
        this.kernelSize = kernelSize;
        this.strides = strides;
        this.dilation = dilation;
        this.same = same;
        this.groups = groups;
        this.activation = activation;
    }

    static FoldableConvolution of(Layer layer, Map<String, Weight> weights, String input) {
        Map<String, Object> c = layer.config();
        boolean depthwise = layer.className().equals("DepthwiseConv2D");
        Weight w = weights.get(layer.name() + (depthwise ? "/depthwise_kernel" : "/kernel"));
        float[] bias = Boolean.TRUE.equals(c.get("use_bias"))
                ? weights.get(layer.name() + "/bias").values().clone()
                : null;
        return of(
                input,
                layer.name(),
                w,
                depthwise,
                bias,
                KerasGraph.ints(c.get("strides")),
                KerasGraph.ints(c.getOrDefault("dilation_rate", List.of(1.0, 1.0))),
                "same".equals(c.get("padding")),
                (String) c.get("activation"));
    }

    /**
     * A convolution from its TF-layout kernel ({@code [kh, kw, in, out]}, or {@code [kh, kw, in,
     * multiplier]} when {@code depthwise}).
     *
     * @param activation a {@link KerasGraph#activation} name, or null / {@code "linear"} for none
     */
    static FoldableConvolution of(
            String input,
            String output,
            Weight w,
            boolean depthwise,
            float[] bias,
            int[] strides,
            int[] dilation,
            boolean same,
            String activation) {
        int kh = w.shape()[0];
        int kw = w.shape()[1];
        int in = w.shape()[2];
        int out = w.shape()[3]; // filters, or the depth multiplier for depthwise
        float[] src = w.values();
        int outChannels = depthwise ? in * out : out;
        int inPerGroup = depthwise ? 1 : in;
        float[] dst = new float[src.length];
        // TF [kh, kw, in, out] -> PyTorch [out, in, kh, kw]; depthwise: [in*mult, 1, kh, kw], channel = c*mult + m.
        for (int y = 0; y < kh; y++) {
            for (int x = 0; x < kw; x++) {
                for (int i = 0; i < in; i++) {
                    for (int o = 0; o < out; o++) {
                        float v = src[((y * kw + x) * in + i) * out + o];
                        int target = depthwise ? ((i * out + o) * kh + y) * kw + x : ((o * in + i) * kh + y) * kw + x;
                        dst[target] = v;
                    }
                }
            }
        }
        return new FoldableConvolution(
                input,
                output,
                outChannels,
                new Shape(outChannels, inPerGroup, kh, kw),
                dst,
                bias == null ? null : bias.clone(),
                new int[] {kh, kw},
                strides,
                dilation,
                same,
                depthwise ? in : 1,
                activation == null || activation.equals("linear") ? null : activation);
    }

    /** Folds a following batch normalisation (y * scale + shift per output channel) into this convolution. */
    void fold(float[] scale, float[] shift, String bnName) {
        int perChannel = kernel.length / outChannels;
        for (int o = 0; o < outChannels; o++) {
            for (int k = 0; k < perChannel; k++) {
                kernel[o * perChannel + k] *= scale[o];
            }
        }
        float[] folded = new float[outChannels];
        for (int o = 0; o < outChannels; o++) {
            folded[o] = (float) ((bias == null ? 0 : bias[o]) * (double) scale[o] + shift[o]);
        }
        bias = folded;
        output = bnName;
    }

    Step toStep(NDManager manager) {
        NDArray w = manager.create(kernel, kernelShape);
        NDArray b = bias == null ? null : manager.create(bias, new Shape(outChannels));
        Function<NDArray, NDArray> f = KerasGraph.activation(activation == null ? "linear" : activation);
        Shape stride = new Shape(strides[0], strides[1]);
        Shape dilate = new Shape(dilation[0], dilation[1]);
        return new Step(output, List.of(input), x -> {
            NDArray a = x.get(0);
            Shape padding = new Shape(0, 0);
            NDArray padded = null;
            if (same) {
                int[] before = new int[2];
                int[] after = new int[2];
                for (int d = 0; d < 2; d++) {
                    long size = a.getShape().get(2 + d);
                    long outSize = (size + strides[d] - 1) / strides[d];
                    long effectiveKernel = (kernelSize[d] - 1L) * dilation[d] + 1;
                    int total = (int) Math.max(0, (outSize - 1) * strides[d] + effectiveKernel - size);
                    before[d] = total / 2; // TF puts the odd pixel after
                    after[d] = total - before[d];
                }
                if (before[0] == after[0] && before[1] == after[1]) {
                    padding = new Shape(before[0], before[1]);
                } else {
                    padded = a.pad(new Shape(before[1], after[1], before[0], after[0]), 0);
                    a = padded;
                }
            }
            NDArray y = Conv2d.conv2d(a, w, b, stride, padding, dilate, groups).singletonOrThrow();
            if (padded != null) {
                padded.close();
            }
            return KerasGraph.applyAndRelease(f, y);
        });
    }
}
