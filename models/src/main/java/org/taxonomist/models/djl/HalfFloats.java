package org.taxonomist.models.djl;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * IEEE 754 half-precision weights (TF.js's {@code float16} quantisation) widened to float32 by the
 * engine (a DJL {@code FLOAT16} array cast to {@code FLOAT32}), not by bit manipulation of our own:
 * Java 17 has no {@code Float.float16ToFloat}.
 */
final class HalfFloats {

    private HalfFloats() {}

    /** Reads {@code count} little-endian half floats from {@code data}, advancing it. */
    static float[] toFloats(ByteBuffer data, int count) {
        ByteBuffer half = ByteBuffer.allocateDirect(2 * count).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer source = data.slice().order(ByteOrder.LITTLE_ENDIAN);
        source.limit(2 * count);
        half.put(source).flip();
        data.position(data.position() + 2 * count);
        try (NDManager manager = DjlRuntime.newCpuManager()) {
            return manager.create(half, new Shape(count), DataType.FLOAT16)
                    .toType(DataType.FLOAT32, false)
                    .toFloatArray();
        }
    }
}
