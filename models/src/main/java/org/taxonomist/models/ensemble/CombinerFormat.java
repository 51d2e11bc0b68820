package org.taxonomist.models.ensemble;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The byte form shared by all combiners: magic "TXCB", format version, name, then the kind's parameters. */
final class CombinerFormat {

    static final int MAGIC = 0x54584342; // "TXCB"
    static final int VERSION = 1;

    interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    private CombinerFormat() {}

    static byte[] write(String name, Body body) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(name);
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        for (float v : values) {
            out.writeFloat(v);
        }
    }

    static float[] readFloats(DataInputStream in, int count) throws IOException {
        if (count < 0 || count > in.available() / Float.BYTES) {
            throw new IllegalArgumentException("Truncated or corrupt serialised combiner");
        }
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = in.readFloat();
        }
        return values;
    }
}
