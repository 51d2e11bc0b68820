package org.taxonomist.models.image;

import java.awt.image.BufferedImage;

/**
 * An image as decoded from an asset's bytes.
 *
 * @param image  the pixels, in whatever colour model the file carried (see {@link ImageDecoder#toRgb})
 * @param format the container format, lower case: {@code jpeg, png, webp, gif, bmp, tiff}
 * @param width  width in pixels
 * @param height height in pixels
 */
public record DecodedImage(BufferedImage image, String format, int width, int height) {
}
