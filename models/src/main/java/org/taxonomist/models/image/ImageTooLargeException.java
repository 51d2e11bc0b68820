package org.taxonomist.models.image;

import java.util.Locale;

/**
 * The image is larger than can be decoded here. Raised from the header's size before any pixel is
 * decoded, so a small file that claims enormous dimensions (a decompression bomb) costs nothing.
 */
public class ImageTooLargeException extends RuntimeException {

    private final long width;
    private final long height;

    /** @param why why, after the picture's size ("more than the limit of 250.0 megapixels") */
    private ImageTooLargeException(long width, long height, String why) {
        super(String.format(
                Locale.ROOT,
                "The image is %d x %d pixels (%.1f megapixels), %s",
                width,
                height,
                width * (double) height / 1e6,
                why));
        this.width = width;
        this.height = height;
    }

    /** @param which what the limit is for, after the figure ({@code " for WebP, ..."}), or empty */
    static ImageTooLargeException overLimit(long width, long height, long maxPixels, String which) {
        return new ImageTooLargeException(
                width,
                height,
                String.format(Locale.ROOT, "more than the limit of %.1f megapixels%s", maxPixels / 1e6, which));
    }

    /** The reader refused to decode it with the memory it may use ({@code refusal}, the reader's words). */
    static ImageTooLargeException overMemory(long width, long height, String refusal) {
        return new ImageTooLargeException(
                width, height, "more than its reader decodes with the memory it may use here (" + refusal + ")");
    }

    public long width() {
        return width;
    }

    public long height() {
        return height;
    }
}
