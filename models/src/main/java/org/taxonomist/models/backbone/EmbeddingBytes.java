package org.taxonomist.models.backbone;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** An embedding as the bytes a database column keeps: 4 little-endian bytes per float. */
public final class EmbeddingBytes {

    private EmbeddingBytes() {}

    public static byte[] of(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }

    public static float[] floats(byte[] bytes) {
        float[] values = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return values;
    }
}
