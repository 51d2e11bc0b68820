package org.taxonomist.models.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.taxonomist.models.store.ModelPackage;
import org.taxonomist.models.store.ModelStore;
import org.taxonomist.models.testdata.TestImages;
import org.taxonomist.models.text.TextLine;

/**
 * PP-OCRv4 reads a word printed on a real photo, whichever way up the photo is turned, and its box
 * lies where the word was printed. (The "42" after it is read at 0°, 180° and 270°, as part of the
 * same line, but the detector misses it at 90°: digits running down are not found reliably.)
 */
class PaddleTextReaderTest {

    private static PaddleTextReader reader;

    @BeforeAll
    static void open() {
        ModelStore store = ModelStore.fromEnvironment();
        assumeTrue(
                store.isPresent(ModelPackage.PADDLE_OCR),
                "OCR models not fetched (built with -Dtaxonomist.skipFetch?)");
        reader = PaddleTextReader.open(store.ocrPackage());
    }

    @AfterAll
    static void close() {
        if (reader != null) {
            reader.close();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 90, 180, 270})
    void readsAWordOnAPhotoTurnedAnyWay(int degrees) throws Exception {
        BufferedImage photo = ImageIO.read(TestImages.photo(TestImages.ROCKET).toFile());
        BufferedImage printed = new BufferedImage(photo.getWidth(), photo.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = printed.createGraphics();
        g.drawImage(photo, 0, 0, null);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(40, 40, 330, 80);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 56));
        g.drawString("Sunbeam 42", 50, 100);
        g.dispose();

        List<TextLine> lines = reader.read(turned(printed, degrees));

        String all = lines.stream().map(TextLine::text).collect(Collectors.joining(" | "));
        TextLine word = lines.stream()
                .filter(l -> l.text().contains("Sunbeam"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Turned " + degrees + "°, read: " + all));
        assertTrue(word.score() > 0.8, "score " + word.score());
        double area = word.width() * word.height();
        double printedArea = (330.0 / photo.getWidth()) * (80.0 / photo.getHeight());
        assertEquals(printedArea, area, printedArea * 0.6, "box " + word);
    }

    private static BufferedImage turned(BufferedImage image, int degrees) {
        if (degrees == 0) {
            return image;
        }
        boolean quarter = degrees % 180 != 0;
        int w = quarter ? image.getHeight() : image.getWidth();
        int h = quarter ? image.getWidth() : image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        AffineTransform t = new AffineTransform();
        t.translate(w / 2.0, h / 2.0);
        t.rotate(Math.toRadians(degrees));
        t.translate(-image.getWidth() / 2.0, -image.getHeight() / 2.0);
        g.drawImage(image, t, null);
        g.dispose();
        return out;
    }
}
