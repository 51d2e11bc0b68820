package org.taxonomist.models.testdata;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Decompression bombs' fronts: valid headers that claim a huge size, with no pixels behind them. */
public final class Bombs {

    private Bombs() {}

    public static byte[] pngHeaderClaiming(int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13)
                .putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        chunk(png, "IHDR", header.array());
        chunk(png, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** A lossless WebP (VP8L) header; each side at most 16384. */
    public static byte[] webpHeaderClaiming(int width, int height) {
        ByteBuffer vp8l = ByteBuffer.allocate(5 + 16)
                .order(ByteOrder.LITTLE_ENDIAN)
                .put((byte) 0x2f)
                .putInt((width - 1) | (height - 1) << 14);
        ByteBuffer riff = ByteBuffer.allocate(20 + vp8l.capacity()).order(ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.US_ASCII))
                .putInt(12 + vp8l.capacity())
                .put("WEBP".getBytes(StandardCharsets.US_ASCII))
                .put("VP8L".getBytes(StandardCharsets.US_ASCII))
                .putInt(vp8l.capacity())
                .put(vp8l.array());
        return riff.array();
    }

    /** An uncompressed 8-bit grey TIFF header (one strip, no data behind it). */
    public static byte[] tiffHeaderClaiming(int width, int height) {
        int[][] entries = { // tag, type (3 SHORT, 4 LONG), value
            {256, 4, width},
            {257, 4, height},
            {258, 3, 8},
            {259, 3, 1},
            {262, 3, 1},
            {273, 4, 8 + 2 + 9 * 12 + 4},
            {277, 3, 1},
            {278, 4, height},
            {279, 4, width * height}
        };
        ByteBuffer tiff =
                ByteBuffer.allocate(8 + 2 + entries.length * 12 + 4 + 16).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8).putShort((short) entries.length);
        for (int[] entry : entries) {
            tiff.putShort((short) entry[0]).putShort((short) entry[1]).putInt(1);
            if (entry[1] == 3) {
                tiff.putShort((short) entry[2]).putShort((short) 0);
            } else {
                tiff.putInt(entry[2]);
            }
        }
        return tiff.putInt(0).array();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
