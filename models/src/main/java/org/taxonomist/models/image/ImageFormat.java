package org.taxonomist.models.image;

import com.drew.imaging.FileType;
import com.drew.imaging.FileTypeDetector;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The image formats we read, recognised from the file's leading bytes by metadata-extractor's
 * {@link FileTypeDetector}. Sniffing the bytes (rather than trusting a file name or an upload's MIME
 * type) picks the right reader, and a format we know but cannot read (HEIF, AVIF, camera RAW, PDF, SVG,
 * and what metadata-extractor knows besides) is refused by its name rather than called corrupt.
 */
enum ImageFormat {
    JPEG("jpeg"),
    PNG("png"),
    WEBP("webp"),
    GIF("gif"),
    BMP("bmp"),
    TIFF("tiff"),
    PSD("psd");

    static final String SUPPORTED = "JPEG, PNG, WebP, GIF, BMP, TIFF, PSD";

    /** An XML document whose root element is {@code svg}, after an optional prolog, comments and doctype. */
    private static final Pattern SVG = Pattern.compile(
            "^\\uFEFF?\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*|<!DOCTYPE[^>]*>\\s*)*<svg[\\s>]", Pattern.DOTALL);

    /** Lower-case name, also the ImageIO format name. */
    final String id;

    ImageFormat(String id) {
        this.id = id;
    }

    /**
     * The format of {@code bytes}.
     *
     * @throws UnsupportedImageFormatException an image format we recognise but do not read
     * @throws UnreadableImageException        not an image, as far as the leading bytes tell
     */
    static ImageFormat of(byte[] bytes) {
        if (startsWith(bytes, 0, "%PDF-")) {
            throw new UnsupportedImageFormatException("PDF", "Portable Document Format");
        }
        if (startsWith(bytes, 4, "ftypavif")
                || startsWith(bytes, 4, "ftypavis")) { // metadata-extractor says "QuickTime"
            throw new UnsupportedImageFormatException("AVIF", "AV1 Image File Format");
        }
        FileType type;
        try {
            type = FileTypeDetector.detectFileType(new BufferedInputStream(new ByteArrayInputStream(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen on an in-memory stream
        }
        return switch (type) {
            case Jpeg -> JPEG;
            case Png -> PNG;
            case WebP -> WEBP;
            case Gif -> GIF;
            case Bmp -> BMP;
            // metadata-extractor's signature of Sony's ARW is that of every little-endian TIFF whose first directory
            // follows the header; the metadata tells a camera's raw file from a TIFF (ImageDecoder).
            case Tiff, Arw -> TIFF;
            case Psd -> PSD;
            case Unknown -> {
                if (isSvg(bytes)) {
                    throw new UnsupportedImageFormatException("SVG", "Scalable Vector Graphics");
                }
                throw new UnreadableImageException("The file is not a supported image (" + SUPPORTED + ")");
            }
            default -> throw new UnsupportedImageFormatException(type.getName(), type.getLongName());
        };
    }

    private static boolean startsWith(byte[] bytes, int offset, String ascii) {
        byte[] signature = ascii.getBytes(StandardCharsets.US_ASCII);
        return bytes.length >= offset + signature.length
                && Arrays.equals(bytes, offset, offset + signature.length, signature, 0, signature.length);
    }

    private static boolean isSvg(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        return SVG.matcher(head).find();
    }
}
