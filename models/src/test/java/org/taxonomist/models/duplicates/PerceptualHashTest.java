package org.taxonomist.models.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.taxonomist.models.testdata.TestImages;

class PerceptualHashTest {

    @Test
    void aResizedCopyKeepsAlmostEveryBitAnotherPhotoAboutHalf() throws IOException {
        BufferedImage coffee =
                rgb(ImageIO.read(TestImages.photo(TestImages.COFFEE).toFile()));
        BufferedImage cat = rgb(ImageIO.read(TestImages.photo(TestImages.CAT).toFile()));
        long hash = PerceptualHash.of(coffee);
        assertEquals(0, PerceptualHash.distance(hash, PerceptualHash.of(coffee)), "the same pixels, the same hash");
        int resized = PerceptualHash.distance(hash, PerceptualHash.of(half(coffee)));
        int other = PerceptualHash.distance(hash, PerceptualHash.of(cat));
        assertTrue(resized <= 4, "half the size: " + resized + " bits differ");
        assertTrue(other >= 20, "another photo: " + other + " bits differ");
        assertTrue(NearDuplicateRule.DEFAULT.nearDuplicates(resized, 0), "the hash alone is sure of a resized copy");
        assertTrue(!NearDuplicateRule.DEFAULT.nearDuplicates(other, 0.9), other + " bits apart");
    }

    /** The median splits the 64 low frequencies in two: half the bits are set whatever the picture. */
    @Test
    void halfTheBitsAreSet() throws IOException {
        BufferedImage coffee =
                rgb(ImageIO.read(TestImages.photo(TestImages.COFFEE).toFile()));
        assertEquals(32, Long.bitCount(PerceptualHash.of(coffee)));
    }

    @Test
    void aFewBitsSufficeMoreNeedACloseEmbedding() {
        NearDuplicateRule rule = new NearDuplicateRule(2, 6, 0.9);
        assertTrue(rule.nearDuplicates(0b1111L, 0b0011L, 0.1), "2 bits apart: the hash is sure");
        assertTrue(rule.nearDuplicates(0b11111L, 0b00000L, 0.95), "5 bits apart and close embeddings");
        assertTrue(!rule.nearDuplicates(0b11111L, 0b00000L, 0.85), "5 bits apart and not close enough");
        assertTrue(!rule.nearDuplicates(0L, 0xFFL, 0.99), "8 bits apart");
        assertThrows(IllegalArgumentException.class, () -> new NearDuplicateRule(8, 6, 0.9));
    }

    private static BufferedImage half(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth() / 2, image.getHeight() / 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, out.getWidth(), out.getHeight(), null);
        g.dispose();
        return out;
    }

    private static BufferedImage rgb(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        out.createGraphics().drawImage(image, 0, 0, null);
        return out;
    }
}
