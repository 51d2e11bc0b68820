package org.taxonomist.models.djl;

import java.awt.image.BufferedImage;

/**
 * nsfwjs's preprocessing, reproduced bit for bit: RGB / 255 as float32, then TF.js
 * {@code resizeBilinear(size, alignCorners = true)} to the model's size (224 or 299; no crop, aspect
 * ratio not kept), written planar (CHW) for the NCHW network. Arithmetic follows tfjs-backend-cpu: double precision on
 * float32 inputs, rounded to float32 once per output value. A different resize (half-pixel
 * centres, area averaging, ...) shifts the embeddings measurably, so none is used here.
 */
final class NsfwjsInput {

    private NsfwjsInput() {
    }

    /** Writes {@code image} (any type; alpha ignored) resized to {@code size x size} into {@code out[offset ..+ 3*size*size]}. */
    static void write(BufferedImage image, int size, float[] out, int offset) {
        int width = image.getWidth();
        int height = image.getHeight();
        double rowRatio = (height - 1) / (double) (size - 1);
        double colRatio = (width - 1) / (double) (size - 1);
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
                    double topLeft = unit(tl >> shift);
                    double topRight = unit(tr >> shift);
                    double bottomLeft = unit(bl >> shift);
                    double bottomRight = unit(br >> shift);
                    double t = topLeft + (topRight - topLeft) * colFrac[c];
                    double b = bottomLeft + (bottomRight - bottomLeft) * colFrac[c];
                    out[index + channel * plane] = (float) (t + (b - t) * rowFrac);
                }
            }
        }
    }

    /** A channel byte / 255, as the float32 TF.js stores after {@code div(255)}. */
    private static double unit(int value) {
        return (float) ((value & 0xFF) / 255.0);
    }
}
