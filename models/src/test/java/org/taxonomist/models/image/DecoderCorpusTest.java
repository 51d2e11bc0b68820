package org.taxonomist.models.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taxonomist.models.testdata.DecoderCorpus;
import org.taxonomist.models.testdata.DecoderCorpus.Sample;
import org.taxonomist.models.testdata.DecoderCorpus.Unsupported;

/**
 * Every variant of the {@link DecoderCorpus} decodes to the picture a reference decoder shows: same
 * size, same way up, pixels within the sample's tolerance; cut short it is refused as truncated;
 * with a flipped bit it is refused with a reason or decodes to its size, never anything else.
 */
class DecoderCorpusTest {

    private static final long MAX_PIXELS = 50_000_000L;

    @TempDir
    static Path folder;

    private static DecoderCorpus corpus;

    @BeforeAll
    static void writeCorpus() throws IOException {
        corpus = DecoderCorpus.writeInto(folder);
    }

    static List<Sample> samples() {
        return corpus.samples();
    }

    static List<Unsupported> unsupported() {
        return corpus.unsupported();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void decodesAsTheReferenceShowsIt(Sample sample) throws IOException {
        DecodedImage decoded = ImageDecoder.decode(Files.readAllBytes(sample.file()), MAX_PIXELS);
        BufferedImage reference = ImageIO.read(sample.reference().toFile());

        assertEquals(
                List.of(sample.width(), sample.height()), List.of(decoded.width(), decoded.height()), "size as seen");
        BufferedImage image = ImageDecoder.toRgb(decoded.image());
        assertEquals(
                List.of(reference.getWidth(), reference.getHeight()), List.of(image.getWidth(), image.getHeight()));
        double mean = DecoderCorpus.meanDifference(ImageDecoder.toRgb(reference), image);
        System.out.printf(
                "decoder corpus: %-26s %-5s %4d x %-4d mean difference from the reference %.2f (tolerance %.1f)%n",
                sample.name(), decoded.format(), decoded.width(), decoded.height(), mean, sample.tolerance());
        assertTrue(
                mean <= sample.tolerance(), sample.name() + ": mean difference " + mean + " > " + sample.tolerance());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void aCopyCutShortIsRefusedAsTruncated(Sample sample) throws IOException {
        byte[] bytes = Files.readAllBytes(sample.file());
        byte[] cut = Arrays.copyOf(bytes, bytes.length / 3);
        UnreadableImageException refusal =
                assertThrows(UnreadableImageException.class, () -> ImageDecoder.decode(cut, MAX_PIXELS));
        assertTrue(refusal.getMessage().startsWith("The image data is truncated or corrupt"), refusal.getMessage());
    }

    /**
     * A bit flipped in the picture data of a format without checksums (BMP, uncompressed TIFF, most of a JPEG)
     * makes another valid picture, which no decoder can refuse; what must never happen is another kind of failure.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void aCopyWithAFlippedBitIsRefusedWithAReasonOrDecoded(Sample sample) throws IOException {
        byte[] bytes = Files.readAllBytes(sample.file());
        int refused = 0;
        for (int i = 1; i <= 16; i++) {
            byte[] flipped = bytes.clone();
            int at = (int) ((long) bytes.length * i / 17);
            flipped[at] ^= (byte) (1 << (i % 8));
            try {
                DecodedImage decoded = ImageDecoder.decode(flipped, MAX_PIXELS);
                assertTrue(decoded.width() > 0 && decoded.height() > 0);
            } catch (UnreadableImageException e) {
                assertFalse(e.getMessage().isBlank());
                refused++;
            } catch (RuntimeException e) {
                fail(sample.name() + " with bit " + (i % 8) + " of byte " + at + " flipped: " + e, e);
            }
        }
        System.out.printf(
                "decoder corpus: %-26s %2d of 16 copies with a flipped bit refused%n", sample.name(), refused);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsupported")
    void aFormatThatIsNotReadIsRefusedByName(Unsupported file) throws IOException {
        UnsupportedImageFormatException refusal = assertThrows(
                UnsupportedImageFormatException.class,
                () -> ImageDecoder.decode(Files.readAllBytes(file.file()), MAX_PIXELS));
        assertTrue(
                refusal.getMessage().startsWith("The file is in the " + file.format() + " format"),
                refusal.getMessage());
    }
}
