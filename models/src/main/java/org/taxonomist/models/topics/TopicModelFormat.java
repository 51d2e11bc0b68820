package org.taxonomist.models.topics;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The byte form of a {@link TopicModel}, big-endian: magic "TXTM", format version, method name,
 * seed, the vocabulary (count, then modified UTF-8 strings), k, the k × V weights, then LDA's
 * alpha (k values) or NMF's idf (V values), with its length.
 */
final class TopicModelFormat {

    static final int MAGIC = 0x5458544D; // "TXTM"
    static final int VERSION = 1;

    private TopicModelFormat() {}

    static byte[] write(TopicModel model) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(model.method().name());
            out.writeLong(model.seed());
            out.writeInt(model.terms().size());
            for (String term : model.terms()) {
                out.writeUTF(term);
            }
            out.writeInt(model.topics());
            for (int k = 0; k < model.topics(); k++) {
                for (float weight : model.termWeights(k)) {
                    out.writeFloat(weight);
                }
            }
            double[] extra = model.method() == TopicMethod.LDA ? model.alpha() : model.idf();
            out.writeInt(extra.length);
            for (double value : extra) {
                out.writeDouble(value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    static TopicModel read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("Not a serialised topic model");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new IllegalArgumentException("Unknown topic model format version " + version);
            }
            TopicMethod method = TopicMethod.valueOf(in.readUTF());
            long seed = in.readLong();
            int termCount = count(in, 2);
            List<String> terms = new ArrayList<>(termCount);
            for (int t = 0; t < termCount; t++) {
                terms.add(in.readUTF());
            }
            int topics = count(in, (long) termCount * Float.BYTES);
            float[][] weights = new float[topics][termCount];
            for (float[] row : weights) {
                for (int t = 0; t < termCount; t++) {
                    row[t] = in.readFloat();
                }
            }
            double[] extra = new double[count(in, Double.BYTES)];
            for (int j = 0; j < extra.length; j++) {
                extra[j] = in.readDouble();
            }
            if (in.available() > 0) {
                throw new IllegalArgumentException("Trailing bytes after the serialised topic model");
            }
            return method == TopicMethod.LDA
                    ? TopicModel.lda(seed, terms, weights, extra)
                    : TopicModel.nmf(seed, terms, weights, extra);
        } catch (IOException e) {
            throw new IllegalArgumentException("Truncated or corrupt serialised topic model", e);
        }
    }

    /** A count of items of at least {@code bytesEach} bytes, checked against what is left. */
    private static int count(DataInputStream in, long bytesEach) throws IOException {
        int count = in.readInt();
        if (count < 0 || count * Math.max(1, bytesEach) > in.available()) {
            throw new IllegalArgumentException("Truncated or corrupt serialised topic model");
        }
        return count;
    }
}
