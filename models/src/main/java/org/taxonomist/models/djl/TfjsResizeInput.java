package org.taxonomist.models.djl;

import java.awt.image.BufferedImage;

/**
 * The preprocessing of the TF.js models we import, reproduced bit for bit: TF.js
 * {@code resizeBilinear} to the model's square size (no crop, aspect ratio not kept), written planar
 * (CHW) for the NCHW network. nsfwjs divides RGB by 255 first and aligns corners; Human's detector
 * keeps 0-255 and uses TF's legacy sampling (source = target * in / out). Arithmetic follows
 * tfjs-backend-cpu: double precision on float32 inputs, rounded to float32 once per output value. A
 * different resize (half-pixel centres, area averaging, ...) shifts the outputs measurably, so
 * none is used here.
 */
final class TfjsResizeInput {

    private TfjsResizeInput() {}

    /** nsfwjs: RGB / 255, {@code alignCorners = true}. */
    static void nsfwjs(BufferedImage image, int size, float[] out, int offset) {
        write(image, size, true, true, out, offset);
    }

    /** Human: RGB 0-255, {@code alignCorners = false} (legacy sampling). */
    static void human(BufferedImage image, int size, float[] out, int offset) {
        write(image, size, false, false, out, offset);
    }

    /** Writes {@code image} (any type; alpha ignored) resized to {@code size x size} into {@code out[offset ..+ 3*size*size]}. */
    private static void write(
            BufferedImage image, int size, boolean alignCorners, boolean unitRange, float[] out, int offset) {
        int width = image.getWidth();
        int height = image.getHeight();
        double rowRatio = alignCorners ? (height - 1) / (double) (size - 1) : height / (double) size;
        double colRatio = alignCorners ? (width - 1) / (double) (size - 1) : width / (double) size;
        int[] colFloor = new int[size];
        int[] colCeil = new int[size];
        double[] colFrac = new double[size];
        for (int c = 0; c < size; c++) {
            double source = colRatio * c;
            colFloor[c] = (int) Math.floor(source);
            colCeil[c] = Math.min(width - 1, (int) Math.ceil(source));
            colFrac[c] = source - colFloor[c];
        }
        int[] top = new int[width];
        int[] bottom = new int[width];
        int plane = size * size;
        for (int r = 0; r < size; r++) {
            double source = rowRatio * r;
            int rowFloor = (int) Math.floor(source);
            int rowCeil = Math.min(height - 1, (int) Math.ceil(source));
            double rowFrac = source - rowFloor;
            image.getRGB(0, rowFloor, width, 1, top, 0, width);
            image.getRGB(0, rowCeil, width, 1, bottom, 0, width);
            for (int c = 0; c < size; c++) {
                int tl = top[colFloor[c]];
                int tr = top[colCeil[c]];
                int bl = bottom[colFloor[c]];
                int br = bottom[colCeil[c]];
                int index = offset + r * size + c;
                for (int channel = 0, shift = 16; channel < 3; channel++, shift -= 8) {
                    double topLeft = value(tl >> shift, unitRange);
                    double topRight = value(tr >> shift, unitRange);
                    double bottomLeft = value(bl >> shift, unitRange);
                    double bottomRight = value(br >> shift, unitRange);
                    double t = topLeft + (topRight - topLeft) * colFrac[c];
                    double b = bottomLeft + (bottomRight - bottomLeft) * colFrac[c];
                    out[index + channel * plane] = (float) (t + (b - t) * rowFrac);
                }
            }
        }
    }

    /** A channel byte, or byte / 255 as the float32 TF.js stores after {@code div(255)}. */
    private static double value(int channel, boolean unitRange) {
        return unitRange ? (float) ((channel & 0xFF) / 255.0) : channel & 0xFF;
    }
}
