package org.taxonomist.models.image;

import java.awt.image.BufferedImage;

/**
 * An image as decoded from an asset's bytes.
 *
 * @param image  the pixels, in whatever colour model the file carried (see {@link ImageDecoder#toRgb});
 *               fewer than the file's when it was decoded subsampled to its working size or to fit the
 *               raster budget
 * @param format the container format, lower case: {@code jpeg, png, webp, gif, bmp, tiff, psd}
 * @param width  the picture's width in pixels as it is seen (after its EXIF orientation)
 * @param height the picture's height in pixels as it is seen
 */
public record DecodedImage(BufferedImage image, String format, int width, int height) {}
