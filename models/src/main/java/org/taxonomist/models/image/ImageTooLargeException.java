package org.taxonomist.models.image;

/**
 * The image header declares more pixels than allowed. Raised before any pixel is decoded, so a
 * small file that claims enormous dimensions (a decompression bomb) costs nothing.
 */
public class ImageTooLargeException extends RuntimeException {

    private final long width;
    private final long height;
    private final long maxPixels;

    public ImageTooLargeException(long width, long height, long maxPixels) {
        super(String.format("The image is %d x %d pixels (%.1f megapixels), more than the limit of %.1f megapixels",
                width, height, width * (double) height / 1e6, maxPixels / 1e6));
        this.width = width;
        this.height = height;
        this.maxPixels = maxPixels;
    }

    public long width() {
        return width;
    }

    public long height() {
        return height;
    }

    public long maxPixels() {
        return maxPixels;
    }
}
