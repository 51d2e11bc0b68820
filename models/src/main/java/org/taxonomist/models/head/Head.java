package org.taxonomist.models.head;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.taxonomist.models.djl.BatchForward;
import org.taxonomist.models.djl.MlpTraining;
import org.taxonomist.models.head.recipe.DenseLayer;
import org.taxonomist.models.head.recipe.HeadRecipe;
import org.taxonomist.models.head.recipe.HeadSettings;
import org.taxonomist.models.head.recipe.LogisticHead;

/**
 * A multi-label classifier on embeddings, for one taxonomy field: standardisation (the training
 * embeddings' mean and standard deviation are part of the model), then a small multi-layer
 * perceptron (ReLU hidden layers, one sigmoid output per term; no hidden layer = per-term
 * logistic regression, as a {@link LogisticHead} trains it).
 *
 * <p>An MLP trains on DJL's PyTorch engine ({@link MlpTraining}), a logistic head with LIBLINEAR;
 * the trained weights are then copied into plain float arrays, so prediction and serialisation are pure Java and need no
 * native engine. A head works on embeddings of any length (a backbone's, or PCA-reduced ones):
 * it takes the length from the training data.
 *
 * <pre>{@code
 * Head head = Head.train(embeddings, labels, List.of("cat", "coffee"), HeadSettings.defaults());
 * float[] probabilities = head.predict(embedding); // one per term, in head.terms() order
 * byte[] stored = head.toBytes();                  // Head.fromBytes(stored) predicts identically
 * }</pre>
 *
 * <p>Instances are immutable and safe for concurrent use.
 */
public final class Head {

    private static final int MAGIC = 0x54584844; // "TXHD"
    /** 1: one linear layer (logistic regression); 2: any number of layers. */
    private static final int FORMAT_VERSION = 2;

    private static final int LOGISTIC_FORMAT_VERSION = 1;

    private final List<String> terms;
    private final float[] mean;
    private final float[] inverseStd;
    private final List<DenseLayer> layers;

    /**
     * A head from its parts (as training or {@link #fromBytes} produce them).
     *
     * @param mean       per-feature mean of the training embeddings
     * @param inverseStd per-feature 1 / standard deviation (0 for constant features)
     * @param layers     input side first; ReLU between layers, sigmoid after the last, whose
     *                   outputs are the terms
     */
    Head(List<String> terms, float[] mean, float[] inverseStd, List<DenseLayer> layers) {
        this.terms = List.copyOf(terms);
        this.mean = mean;
        this.inverseStd = inverseStd;
        this.layers = List.copyOf(layers);
        if (layers.isEmpty()
                || mean.length != inverseStd.length
                || layers.get(0).inputs() != mean.length
                || layers.get(layers.size() - 1).outputs() != terms.size()) {
            throw new IllegalArgumentException("Inconsistent head: " + terms.size() + " terms, " + mean.length
                    + " features, " + layers.size() + " layers");
        }
        for (int l = 1; l < layers.size(); l++) {
            if (layers.get(l).inputs() != layers.get(l - 1).outputs()) {
                throw new IllegalArgumentException(
                        "Layer " + l + " reads " + layers.get(l).inputs() + " values, the layer before writes "
                                + layers.get(l - 1).outputs());
            }
        }
    }

    /**
     * Trains a head: an MLP on DJL's PyTorch engine, a logistic head with LIBLINEAR; either uses
     * every core.
     *
     * @param embeddings one row per asset, all of the same length
     * @param labels     {@code labels[i][t]}: asset i has term t
     * @param terms      the term names, in column order of {@code labels}
     */
    public static Head train(float[][] embeddings, boolean[][] labels, List<String> terms, HeadRecipe recipe) {
        int n = embeddings.length;
        if (n == 0 || n != labels.length) {
            throw new IllegalArgumentException(
                    "Need as many label rows as embeddings (and at least one): " + n + " vs " + labels.length);
        }
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("A head needs at least one term");
        }
        int d = embeddings[0].length;
        int k = terms.size();
        if ((long) n * Math.max(d, k) > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(
                    n + " x " + d + " is too large for one head: sample the assets or reduce the dimension (PCA)");
        }
        for (int i = 0; i < n; i++) {
            if (embeddings[i].length != d || labels[i].length != k) {
                throw new IllegalArgumentException("Row " + i + " has " + embeddings[i].length + " features and "
                        + labels[i].length + " labels; expected " + d + " and " + k);
            }
        }
        float[] mean = new float[d];
        float[] inverseStd = new float[d];
        float[] x = standardised(embeddings, mean, inverseStd);
        float[] y = new float[n * k];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < k; t++) {
                y[i * k + t] = labels[i][t] ? 1f : 0f;
            }
        }
        List<DenseLayer> layers = recipe instanceof LogisticHead logistic
                ? List.of(LogisticTraining.fit(x, y, n, d, k, logistic.c()))
                : MlpTraining.fit(x, y, n, d, k, (HeadSettings) recipe);
        return new Head(terms, mean, inverseStd, layers);
    }

    /** Standardised features, row-major n x d; fills the per-feature mean and 1/std (0 for constant features). */
    private static float[] standardised(float[][] embeddings, float[] mean, float[] inverseStd) {
        int n = embeddings.length;
        int d = mean.length;
        double[] sum = new double[d];
        double[] sumSquares = new double[d];
        for (float[] row : embeddings) {
            for (int j = 0; j < d; j++) {
                sum[j] += row[j];
                sumSquares[j] += (double) row[j] * row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            double m = sum[j] / n;
            double std = Math.sqrt(Math.max(0, sumSquares[j] / n - m * m));
            mean[j] = (float) m;
            inverseStd[j] = std > 1e-6 * Math.max(1, Math.abs(m)) ? (float) (1 / std) : 0f;
        }
        float[] x = new float[n * d];
        for (int i = 0; i < n; i++) {
            float[] row = embeddings[i];
            int at = i * d;
            for (int j = 0; j < d; j++) {
                x[at + j] = (row[j] - mean[j]) * inverseStd[j];
            }
        }
        return x;
    }

    public List<String> terms() {
        return terms;
    }

    /** Length of the embeddings this head reads. */
    public int dimension() {
        return mean.length;
    }

    /** The layers, input side first (their arrays are the head's own: do not modify them). */
    public List<DenseLayer> layers() {
        return layers;
    }

    /** The probability of each term (in {@link #terms()} order) for one embedding. */
    public float[] predict(float[] embedding) {
        if (embedding.length != mean.length) {
            throw new IllegalArgumentException(
                    "Embedding has " + embedding.length + " values, the head expects " + mean.length);
        }
        float[] activation = new float[mean.length];
        for (int j = 0; j < activation.length; j++) {
            activation[j] = (embedding[j] - mean[j]) * inverseStd[j];
        }
        int last = layers.size() - 1;
        for (int l = 0; l < last; l++) {
            activation = layers.get(l).forward(activation);
            for (int o = 0; o < activation.length; o++) {
                activation[o] = Math.max(0f, activation[o]);
            }
        }
        float[] logits = layers.get(last).forward(activation);
        for (int t = 0; t < logits.length; t++) {
            logits[t] = (float) sigmoid(logits[t]);
        }
        return logits;
    }

    /**
     * The probabilities for many embeddings at once (one array per embedding, as {@link #predict}):
     * matrix products on the engine, many times faster than row by row from a few hundred rows on.
     */
    public float[][] predictAll(float[][] embeddings) {
        return embeddings.length == 0
                ? new float[0][]
                : BatchForward.probabilities(mean, inverseStd, layers, embeddings);
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /**
     * Versioned binary form, big-endian: magic {@code TXHD}, format version (2), the terms, the
     * dimension, mean, 1/std, the number of layers, then per layer its input and output lengths,
     * weights ([input][output]) and biases.
     */
    public byte[] toBytes() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT_VERSION);
            out.writeInt(terms.size());
            for (String term : terms) {
                out.writeUTF(term);
            }
            out.writeInt(mean.length);
            writeFloats(out, mean);
            writeFloats(out, inverseStd);
            out.writeInt(layers.size());
            for (DenseLayer layer : layers) {
                out.writeInt(layer.inputs());
                out.writeInt(layer.outputs());
                writeFloats(out, layer.weights());
                writeFloats(out, layer.bias());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    /**
     * Reads {@link #toBytes()} output, and format version 1 (the earlier logistic-regression
     * heads, read as a one-layer head); rejects other data and unknown versions.
     */
    public static Head fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (bytes.length < 8 || in.readInt() != MAGIC) {
                throw new IllegalArgumentException("Not a serialised head");
            }
            int version = in.readInt();
            if (version != FORMAT_VERSION && version != LOGISTIC_FORMAT_VERSION) {
                throw new IllegalArgumentException("Unsupported head format version " + version + " (this build reads "
                        + LOGISTIC_FORMAT_VERSION + " and " + FORMAT_VERSION + ")");
            }
            int termCount = count(in);
            List<String> terms = new ArrayList<>(termCount);
            for (int t = 0; t < termCount; t++) {
                terms.add(in.readUTF());
            }
            int dimension = count(in);
            float[] mean = readFloats(in, dimension);
            float[] inverseStd = readFloats(in, dimension);
            List<DenseLayer> layers = new ArrayList<>();
            if (version == LOGISTIC_FORMAT_VERSION) {
                float[] weights = readFloats(in, (long) dimension * termCount);
                layers.add(new DenseLayer(dimension, termCount, weights, readFloats(in, termCount)));
            } else {
                int layerCount = count(in);
                for (int l = 0; l < layerCount; l++) {
                    int inputs = count(in);
                    int outputs = count(in);
                    float[] weights = readFloats(in, (long) inputs * outputs);
                    layers.add(new DenseLayer(inputs, outputs, weights, readFloats(in, outputs)));
                }
            }
            if (in.read() != -1) {
                throw new IllegalArgumentException("Trailing bytes after the serialised head");
            }
            return new Head(terms, mean, inverseStd, layers);
        } catch (IOException e) {
            throw new IllegalArgumentException("Truncated or corrupt serialised head", e);
        }
    }

    /** A non-negative count that cannot exceed what is left of the input (no huge allocations from corrupt data). */
    private static int count(DataInputStream in) throws IOException {
        int value = in.readInt();
        if (value < 0 || value > in.available()) {
            throw new IOException("Implausible count " + value);
        }
        return value;
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES);
        bytes.asFloatBuffer().put(values);
        out.write(bytes.array());
    }

    private static float[] readFloats(DataInputStream in, long count) throws IOException {
        if (count * Float.BYTES > in.available()) {
            throw new IOException("Expected " + count + " floats, " + in.available() + " bytes left");
        }
        byte[] bytes = new byte[(int) count * Float.BYTES];
        in.readFully(bytes);
        float[] values = new float[(int) count];
        ByteBuffer.wrap(bytes).asFloatBuffer().get(values);
        return values;
    }
}
