package org.taxonomist.models.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * How a camera stored the picture relative to the way it is seen: the EXIF (TIFF) Orientation tag,
 * values 1 to 8 in tag order. Cameras and phones store the sensor's rows and record the turn here;
 * every viewer applies it, so the models and thumbnails must too.
 */
enum Orientation {
    TOP_LEFT,
    TOP_RIGHT,
    BOTTOM_RIGHT,
    BOTTOM_LEFT,
    LEFT_TOP,
    RIGHT_TOP,
    RIGHT_BOTTOM,
    LEFT_BOTTOM;

    /** The orientation of EXIF value {@code tag}; the identity for a value outside 1..8, as viewers do. */
    static Orientation of(int tag) {
        return tag >= 1 && tag <= 8 ? values()[tag - 1] : TOP_LEFT;
    }

    /** Whether the picture is seen with width and height swapped (values 5 to 8). */
    boolean turnsSideways() {
        return ordinal() >= LEFT_TOP.ordinal();
    }

    /** The picture as it is seen: {@code stored} turned and mirrored; {@code stored} itself for {@link #TOP_LEFT}. */
    BufferedImage upright(BufferedImage stored) {
        if (this == TOP_LEFT) {
            return stored;
        }
        int w = stored.getWidth();
        int h = stored.getHeight();
        // Where a stored pixel (x, y) goes: x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12.
        AffineTransform transform = switch (this) {
            case TOP_RIGHT -> new AffineTransform(-1, 0, 0, 1, w, 0); // mirrored left to right
            case BOTTOM_RIGHT -> new AffineTransform(-1, 0, 0, -1, w, h); // turned 180 degrees
            case BOTTOM_LEFT -> new AffineTransform(1, 0, 0, -1, 0, h); // mirrored top to bottom
            case LEFT_TOP -> new AffineTransform(0, 1, 1, 0, 0, 0); // transposed
            case RIGHT_TOP -> new AffineTransform(0, 1, -1, 0, h, 0); // turned 90 degrees clockwise
            case RIGHT_BOTTOM -> new AffineTransform(0, -1, -1, 0, h, w); // transposed across the other diagonal
            case LEFT_BOTTOM -> new AffineTransform(0, -1, 1, 0, 0, w); // turned 90 degrees anticlockwise
            case TOP_LEFT -> throw new AssertionError();
        };
        BufferedImage seen = new BufferedImage(
                turnsSideways() ? h : w,
                turnsSideways() ? w : h,
                stored.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = seen.createGraphics();
        try {
            // Quarter turns and mirrors move whole pixels: nearest neighbour copies them exactly.
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(stored, transform, null);
        } finally {
            g.dispose();
        }
        return seen;
    }
}
