package org.taxonomist.models.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.taxonomist.models.testdata.Bombs;
import org.taxonomist.models.testdata.TestImages;

class ImageDecoderTest {

    private static final long LIMIT = 50_000_000L;

    @Test
    void decodesPngAndJpegPhotos() {
        DecodedImage cat = ImageDecoder.decode(TestImages.photoBytes(TestImages.CAT), LIMIT);
        assertEquals("png", cat.format());
        assertEquals(451, cat.width());
        assertEquals(300, cat.height());

        DecodedImage rocket = ImageDecoder.decode(TestImages.photoBytes(TestImages.ROCKET), LIMIT);
        assertEquals("jpeg", rocket.format());
        assertEquals(640, rocket.width());
        assertEquals(427, rocket.height());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiff", "bmp", "gif"})
    void decodesFormatsWrittenByImageIo(String format) throws IOException {
        BufferedImage cat = ImageDecoder.toRgb(ImageDecoder.decode(TestImages.photoBytes(TestImages.CAT), LIMIT)
                .image());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(cat, format, out), "no ImageIO writer for " + format);

        DecodedImage decoded = ImageDecoder.decode(out.toByteArray(), LIMIT);

        assertEquals(format, decoded.format());
        assertEquals(451, decoded.width());
        assertEquals(300, decoded.height());
        if (!format.equals("gif")) { // GIF is palette-reduced; TIFF and BMP are lossless
            assertArrayEquals(pixels(cat), pixels(ImageDecoder.toRgb(decoded.image())));
        }
    }

    @Test
    void rejectsTruncatedJpeg() {
        byte[] rocket = TestImages.photoBytes(TestImages.ROCKET);
        UnreadableImageException e = assertThrows(
                UnreadableImageException.class,
                () -> ImageDecoder.decode(Arrays.copyOf(rocket, rocket.length * 6 / 10), LIMIT));
        assertTrue(e.getMessage().startsWith("The image data is truncated or corrupt"), e.getMessage());
    }

    @Test
    void rejectsScikitImagesOwnTruncatedJpeg() {
        assertThrows(
                UnreadableImageException.class,
                () -> ImageDecoder.decode(TestImages.photoBytes("truncated.jpg"), LIMIT));
    }

    /** A truncated JPEG is only a warning in ImageIO; metadata and stray bytes are warnings too, and harmless. */
    @Test
    void onlyWarningsOfMissingDataAreRefusals() {
        assertTrue(ImageDecoder.meansMissingData("Premature end of JPEG file"));
        assertTrue(ImageDecoder.meansMissingData("Corrupt JPEG data: premature end of data segment"));
        assertFalse(ImageDecoder.meansMissingData("Ignoring unexpected chunk: XMP "));
        assertFalse(ImageDecoder.meansMissingData("Corrupt JPEG data: 2 extraneous bytes before marker 0xd9"));
    }

    @Test
    void rejectsTruncatedPng() {
        byte[] cat = TestImages.photoBytes(TestImages.CAT);
        UnreadableImageException e = assertThrows(
                UnreadableImageException.class, () -> ImageDecoder.decode(Arrays.copyOf(cat, cat.length / 2), LIMIT));
        assertTrue(e.getMessage().startsWith("The image data is truncated or corrupt"), e.getMessage());
    }

    @Test
    void rejectsRandomBytesAsNotAnImage() {
        byte[] noise = new byte[4096];
        new Random(1).nextBytes(noise);
        noise[0] = 0; // make sure no signature matches by chance
        UnreadableImageException e =
                assertThrows(UnreadableImageException.class, () -> ImageDecoder.decode(noise, LIMIT));
        assertEquals("The file is not a supported image (JPEG, PNG, WebP, GIF, BMP, TIFF, PSD)", e.getMessage());
        assertThrows(UnreadableImageException.class, () -> ImageDecoder.decode(new byte[0], LIMIT));
    }

    @Test
    void rejectsGarbageBehindAJpegSignature() {
        byte[] noise = new byte[4096];
        new Random(2).nextBytes(noise);
        noise[0] = (byte) 0xFF;
        noise[1] = (byte) 0xD8;
        noise[2] = (byte) 0xFF;
        assertThrows(UnreadableImageException.class, () -> ImageDecoder.decode(noise, LIMIT));
    }

    @Test
    void refusesADecompressionBombFromItsHeaderAlone() {
        byte[] bomb = Bombs.pngHeaderClaiming(100_000, 100_000);
        ImageTooLargeException e = assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> assertThrows(ImageTooLargeException.class, () -> ImageDecoder.decode(bomb, LIMIT)));
        assertTrue(e.getMessage().contains("100000 x 100000"), e.getMessage());
        assertTrue(e.getMessage().contains("50.0 megapixels"), e.getMessage());
        assertEquals(100_000, e.width());
    }

    /** TwelveMonkeys decodes a WebP whole whatever the subsampling: one is refused beyond the raster budget. */
    @Test
    void aWebpIsRefusedBeyondWhatDecodingItWholeTakes() {
        ImageTooLargeException e = assertThrows(
                ImageTooLargeException.class,
                () -> ImageDecoder.decode(Bombs.webpHeaderClaiming(6_000, 6_000), 250_000_000L));
        assertTrue(e.getMessage().contains("33.6 megapixels for WebP"), e.getMessage());
    }

    /** TwelveMonkeys refuses to decode what would take more than half the heap (at most 512 MB): too large, not corrupt. */
    @Test
    void aPictureItsReaderWillNotDecodeInTheMemoryItMayUseIsTooLargeNotCorrupt() {
        ImageTooLargeException e = assertThrows(
                ImageTooLargeException.class,
                () -> ImageDecoder.decode(Bombs.tiffHeaderClaiming(30_000, 30_000), 1_000_000_000L));
        assertTrue(
                e.getMessage()
                        .startsWith(
                                "The image is 30000 x 30000 pixels (900.0 megapixels), more than its reader decodes"),
                e.getMessage());
    }

    @Test
    void largeButAllowedImagesPass() {
        assertEquals(
                451,
                ImageDecoder.decode(TestImages.photoBytes(TestImages.CAT), 451L * 300)
                        .width());
        assertThrows(
                ImageTooLargeException.class,
                () -> ImageDecoder.decode(TestImages.photoBytes(TestImages.CAT), 451L * 300 - 1));
    }

    @Test
    void toRgbCompositesTransparencyOnWhite() {
        BufferedImage argb = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(0, 0, 0x00000000); // fully transparent black
        argb.setRGB(1, 0, 0x80000000); // half-transparent black
        BufferedImage rgb = ImageDecoder.toRgb(argb);
        assertEquals(BufferedImage.TYPE_INT_RGB, rgb.getType());
        assertEquals(0xFFFFFF, rgb.getRGB(0, 0) & 0xFFFFFF);
        int grey = rgb.getRGB(1, 0) & 0xFF;
        assertTrue(grey >= 126 && grey <= 128, "half black on white: " + grey);

        DecodedImage logo = ImageDecoder.decode(TestImages.photoBytes(TestImages.LOGO), LIMIT);
        assertTrue(logo.image().getColorModel().hasAlpha());
        assertEquals(0xFFFFFF, ImageDecoder.toRgb(logo.image()).getRGB(0, 0) & 0xFFFFFF, "transparent corner");
    }

    @Test
    void toRgbKeepsGreyLevels() {
        // BufferedImage.getRGB on a grey image applies a gamma curve (128 -> 188); browsers and TF.js do not.
        BufferedImage grey = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSample(0, 0, 0, 128);
        assertEquals(0x808080, ImageDecoder.toRgb(grey).getRGB(0, 0) & 0xFFFFFF);
    }

    @Test
    void toRgbReturnsRgbImagesUnchanged() {
        BufferedImage rgb = new BufferedImage(3, 3, BufferedImage.TYPE_INT_RGB);
        assertSame(rgb, ImageDecoder.toRgb(rgb));
    }

    @Test
    void thumbnailKeepsAspectAndAveragesPixels() {
        BufferedImage cat = ImageDecoder.decode(TestImages.photoBytes(TestImages.CAT), LIMIT)
                .image();
        BufferedImage thumb = ImageDecoder.thumbnail(cat, 128);
        assertEquals(128, thumb.getWidth());
        assertEquals(85, thumb.getHeight());
        assertSame(cat, ImageDecoder.thumbnail(cat, 1000));

        // A one-pixel checkerboard must become flat grey, not keep aliasing patterns.
        BufferedImage checker = new BufferedImage(512, 256, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 512; x++) {
                checker.setRGB(x, y, (x + y) % 2 == 0 ? 0xFFFFFF : 0);
            }
        }
        BufferedImage small = ImageDecoder.thumbnail(checker, 64);
        assertEquals(32, small.getHeight());
        for (int y = 0; y < small.getHeight(); y++) {
            for (int x = 0; x < small.getWidth(); x++) {
                int v = small.getRGB(x, y) & 0xFF;
                assertTrue(v > 110 && v < 145, "pixel " + x + "," + y + " = " + v);
            }
        }
    }

    static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static void assertArrayEquals(int[] expected, int[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual);
    }

    /** A 16-bit RGBA PNG over the raster budget is decoded subsampled, keeping its own size as metadata. */
    @Test
    void aRasterOverTheBudgetIsDecodedSubsampled() throws IOException {
        int side = 1200;
        ComponentColorModel model = new ComponentColorModel(
                ColorSpace.getInstance(ColorSpace.CS_sRGB),
                true,
                false,
                Transparency.TRANSLUCENT,
                DataBuffer.TYPE_USHORT);
        BufferedImage deep = new BufferedImage(model, model.createCompatibleWritableRaster(side, side), false, null);
        deep.getRaster().setPixel(side - 1, side - 1, new int[] {65535, 0, 0, 65535});
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(deep, "png", png);

        long budget = 3L << 20; // the raster is 1200 x 1200 x 8 bytes = 11 MB
        DecodedImage decoded = ImageDecoder.decode(png.toByteArray(), LIMIT, budget);
        assertEquals(side, decoded.width(), "the file's own size");
        assertEquals(
                side / 2,
                decoded.image().getWidth(),
                "every second pixel: " + decoded.image().getWidth());
        assertTrue(8L * decoded.image().getWidth() * decoded.image().getHeight() <= budget);
        assertEquals(
                side,
                ImageDecoder.decode(png.toByteArray(), LIMIT).image().getWidth(),
                "within the default budget: whole");
        assertEquals(
                2,
                ImageDecoder.subsampling(1400, 7000 * 5, 8, ImageDecoder.RASTER_BUDGET),
                "a 49 MP 16-bit RGBA panorama");
    }

    /** A large photo is decoded at the working size thumbnails and models need, not whole. */
    @Test
    void aLargePictureIsDecodedAtItsWorkingSize() {
        assertEquals(3, ImageDecoder.subsampling(5472, 3648, 4, ImageDecoder.RASTER_BUDGET), "20 MP: 1824 x 1216");
        assertEquals(
                10, ImageDecoder.subsampling(10_535, 16_000, 4, ImageDecoder.RASTER_BUDGET), "168 MP: 1053 x 1600");
        assertEquals(1, ImageDecoder.subsampling(2047, 1536, 4, ImageDecoder.RASTER_BUDGET), "3 MP: whole");
        assertEquals(
                1,
                ImageDecoder.subsampling(3000, 1000, 4, ImageDecoder.RASTER_BUDGET),
                "a shorter side under twice the working size: whole");
    }
}
