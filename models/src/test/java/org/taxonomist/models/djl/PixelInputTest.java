package org.taxonomist.models.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class PixelInputTest {

    private static final float[] NONE = {0, 0, 0};
    private static final float[] ONE = {1, 1, 1};

    @Test
    void aPlainColourStaysThatColourAtAnySizeAndMeanAndStdApply() {
        BufferedImage orange = filled(731, 211, new Color(255, 102, 0));
        PixelInput input = new PixelInput(
                16, PixelInput.Fit.STRETCH, new float[] {0.5f, 0.4f, 0.3f}, new float[] {0.5f, 0.2f, 0.1f}, false);
        float[] out = new float[input.length()];
        input.write(orange, out, 0);
        int plane = 16 * 16;
        for (int i = 0; i < plane; i++) {
            assertEquals((1 - 0.5) / 0.5, out[i], 1e-6);
            assertEquals((0.4 - 0.4) / 0.2, out[plane + i], 1e-6);
            assertEquals((0 - 0.3) / 0.1, out[2 * plane + i], 1e-5);
        }
    }

    @Test
    void theSameSizePassesThroughAndNhwcInterleaves() {
        BufferedImage image = new BufferedImage(3, 3, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 9; i++) {
            image.setRGB(i % 3, i / 3, (i * 20) << 16 | (i * 10) << 8 | i);
        }
        PixelInput nchw = new PixelInput(3, PixelInput.Fit.STRETCH, NONE, ONE, false);
        PixelInput nhwc = new PixelInput(3, PixelInput.Fit.STRETCH, NONE, ONE, true);
        float[] a = new float[27];
        float[] b = new float[27];
        nchw.write(image, a, 0);
        nhwc.write(image, b, 0);
        for (int i = 0; i < 9; i++) {
            assertEquals(i * 20 / 255f, a[i], 1e-6);
            assertEquals(i * 10 / 255f, a[9 + i], 1e-6);
            assertEquals(i / 255f, a[18 + i], 1e-6);
            assertEquals(a[i], b[3 * i], 0);
            assertEquals(a[9 + i], b[3 * i + 1], 0);
            assertEquals(a[18 + i], b[3 * i + 2], 0);
        }
    }

    @Test
    void cropKeepsTheCentredSquare() {
        // Left and right thirds black, centre square white: the crop sees only white.
        BufferedImage image = filled(300, 100, Color.BLACK);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(100, 0, 100, 100);
        g.dispose();
        PixelInput crop = new PixelInput(10, PixelInput.Fit.CROP, NONE, ONE, false);
        float[] out = new float[crop.length()];
        crop.write(image, out, 0);
        for (float v : out) {
            assertEquals(1f, v, 1e-6);
        }
    }

    private static BufferedImage filled(int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }
}
