package org.taxonomist.models.image;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The image container formats we accept, recognised by their leading bytes.
 * Sniffing the bytes (rather than trusting a file name or a MIME type from an upload) picks the
 * right reader and rejects non-images before any decoder touches them.
 */
enum ImageFormat {
    JPEG("jpeg"), PNG("png"), WEBP("webp"), GIF("gif"), BMP("bmp"), TIFF("tiff");

    /** Lower-case name, also the ImageIO format name. */
    final String id;

    ImageFormat(String id) {
        this.id = id;
    }

    static final String SUPPORTED = "JPEG, PNG, WebP, GIF, BMP, TIFF";

    /** The format whose signature {@code bytes} start with, or {@code null}. */
    static ImageFormat sniff(byte[] bytes) {
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(bytes, 0, "GIF87a") || startsWith(bytes, 0, "GIF89a")) {
            return GIF;
        }
        if (startsWith(bytes, 0, "RIFF") && startsWith(bytes, 8, "WEBP")) {
            return WEBP;
        }
        // Classic TIFF (42) and BigTIFF (43), little and big endian.
        if (startsWith(bytes, 0, 'I', 'I', 42, 0) || startsWith(bytes, 0, 'M', 'M', 0, 42)
                || startsWith(bytes, 0, 'I', 'I', 43, 0) || startsWith(bytes, 0, 'M', 'M', 0, 43)) {
            return TIFF;
        }
        if (startsWith(bytes, 0, "BM") && bytes.length >= 26) {
            return BMP;
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int offset, String ascii) {
        byte[] signature = ascii.getBytes(StandardCharsets.US_ASCII);
        return bytes.length >= offset + signature.length
                && Arrays.equals(bytes, offset, offset + signature.length, signature, 0, signature.length);
    }

    private static boolean startsWith(byte[] bytes, int offset, int... signature) {
        if (bytes.length < offset + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[offset + i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
