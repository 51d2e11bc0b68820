package org.taxonomist.models.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any bytes an upload or import brings are decoded, or refused with a reason; nothing else
 * happens: no other exception, no error, no image larger than allowed, and every decoded image
 * goes on through the colour conversion and thumbnail that tagging does. A small pixel limit and
 * raster budget make the fuzzer reach the refusals. Seeds are small images written at test time.
 * Runs as a regression test over the seeds in {@code mvn test}; {@code mvn verify} fuzzes it (see
 * the README).
 */
class ImageDecoderFuzzTest {

    private static final long MAX_PIXELS = 4_000_000;
    private static final long RASTER_BUDGET = 4L << 20;

    @MethodSource("smallImages")
    // libFuzzer reads dictionary entries as printable ASCII, so other bytes are written \xNN.
    @DictionaryEntries({
        "\\x89PNG\\x0D\\x0A\\x1A\\x0A",
        "IHDR",
        "IDAT",
        "IEND",
        "RIFF",
        "WEBP",
        "VP8 ",
        "VP8L",
        "VP8X",
        "EXIF",
        "XMP ",
        "ICCP",
        "GIF89a",
        "NETSCAPE2.0",
        "BM",
        "II*\\x00",
        "MM\\x00*",
        "\\xFF\\xD8\\xFF\\xE0",
        "JFIF",
        "\\xFF\\xC0",
        "\\xFF\\xC2",
        "\\xFF\\xDA",
        "\\xFF\\xD9",
        "Adobe"
    })
    @FuzzTest(maxDuration = "15s")
    void decodesOrRefusesWithAReason(byte[] bytes) {
        DecodedImage decoded;
        try {
            decoded = ImageDecoder.decode(bytes, MAX_PIXELS, RASTER_BUDGET);
        } catch (UnreadableImageException | ImageTooLargeException refused) {
            assertTrue(refused.getMessage() != null && !refused.getMessage().isBlank(), "a refusal says why");
            return;
        }
        assertTrue(decoded.width() > 0 && decoded.height() > 0, decoded.width() + " x " + decoded.height());
        assertTrue((long) decoded.width() * decoded.height() <= MAX_PIXELS, "never above the pixel limit");
        BufferedImage image = decoded.image();
        assertTrue(
                (long) image.getWidth() * image.getHeight() * 4 <= 2 * RASTER_BUDGET,
                "the raster fits the budget: " + image.getWidth() + " x " + image.getHeight());
        BufferedImage rgb = ImageDecoder.toRgb(image);
        assertEquals(BufferedImage.TYPE_INT_RGB, rgb.getType());
        BufferedImage thumbnail = ImageDecoder.thumbnail(rgb, 64);
        assertTrue(thumbnail.getWidth() <= 64 && thumbnail.getHeight() <= 64);
    }

    static Stream<Arguments> smallImages() {
        BufferedImage picture = new BufferedImage(24, 16, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillOval(2, 2, 18, 12);
        g.dispose();
        return Stream.of("png", "jpeg", "gif", "bmp", "tiff")
                .map(format -> Arguments.of((Object) write(picture, format)));
    }

    private static byte[] write(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
