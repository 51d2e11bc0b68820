package org.taxonomist.models.head;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A multi-label classifier on embeddings: one L2-regularised logistic regression per term, on
 * standardised features (the mean and standard deviation of the training embeddings are part of
 * the model). Pure Java, deterministic: the same data and settings give the same bytes.
 *
 * <pre>{@code
 * Head head = Head.train(embeddings, labels, List.of("cat", "coffee"), HeadSettings.defaults());
 * float[] probabilities = head.predict(embedding); // one per term, in head.terms() order
 * byte[] stored = head.toBytes();                  // Head.fromBytes(stored) predicts identically
 * }</pre>
 */
public final class Head {

    private static final int MAGIC = 0x54584844; // "TXHD"
    private static final int FORMAT_VERSION = 1;

    private final List<String> terms;
    private final float[] mean;
    private final float[] inverseStd;
    /** Row-major [feature][term], so that a forward pass is a run of contiguous multiply-adds. */
    private final float[] weights;
    private final float[] bias;

    Head(List<String> terms, float[] mean, float[] inverseStd, float[] weights, float[] bias) {
        this.terms = List.copyOf(terms);
        this.mean = mean;
        this.inverseStd = inverseStd;
        this.weights = weights;
        this.bias = bias;
    }

    /**
     * Trains a head.
     *
     * @param embeddings one row per asset, all of the same length
     * @param labels     {@code labels[i][t]}: asset i has term t
     * @param terms      the term names, in column order of {@code labels}
     */
    public static Head train(float[][] embeddings, boolean[][] labels, List<String> terms, HeadSettings settings) {
        return new LogisticTrainer(embeddings, labels, terms, settings).train();
    }

    public List<String> terms() {
        return terms;
    }

    /** Length of the embeddings this head reads. */
    public int dimension() {
        return mean.length;
    }

    /** The probability of each term (in {@link #terms()} order) for one embedding. */
    public float[] predict(float[] embedding) {
        if (embedding.length != mean.length) {
            throw new IllegalArgumentException("Embedding has " + embedding.length + " values, the head expects " + mean.length);
        }
        int termCount = terms.size();
        double[] logits = new double[termCount];
        for (int t = 0; t < termCount; t++) {
            logits[t] = bias[t];
        }
        for (int j = 0; j < mean.length; j++) {
            float x = (embedding[j] - mean[j]) * inverseStd[j];
            int row = j * termCount;
            for (int t = 0; t < termCount; t++) {
                logits[t] += x * weights[row + t];
            }
        }
        float[] probabilities = new float[termCount];
        for (int t = 0; t < termCount; t++) {
            probabilities[t] = (float) sigmoid(logits[t]);
        }
        return probabilities;
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /** Versioned binary form: magic, format version, terms, then the float arrays, big-endian. */
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
            writeFloats(out, weights);
            writeFloats(out, bias);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    /** Reads {@link #toBytes()} output; rejects other data and unknown format versions. */
    public static Head fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("Not a serialised head");
            }
            int version = in.readInt();
            if (version != FORMAT_VERSION) {
                throw new IllegalArgumentException("Unsupported head format version " + version + " (this build reads " + FORMAT_VERSION + ")");
            }
            int termCount = in.readInt();
            List<String> terms = new ArrayList<>(termCount);
            for (int t = 0; t < termCount; t++) {
                terms.add(in.readUTF());
            }
            int dimension = in.readInt();
            float[] mean = readFloats(in, dimension);
            float[] inverseStd = readFloats(in, dimension);
            float[] weights = readFloats(in, dimension * termCount);
            float[] bias = readFloats(in, termCount);
            if (in.read() != -1) {
                throw new IllegalArgumentException("Trailing bytes after the serialised head");
            }
            return new Head(terms, mean, inverseStd, weights, bias);
        } catch (IOException e) {
            throw new IllegalArgumentException("Truncated or corrupt serialised head", e);
        }
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        for (float v : values) {
            out.writeFloat(v);
        }
    }

    private static float[] readFloats(DataInputStream in, int count) throws IOException {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = in.readFloat();
        }
        return values;
    }
}
