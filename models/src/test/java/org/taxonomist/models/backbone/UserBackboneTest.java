package org.taxonomist.models.backbone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.taxonomist.models.store.MissingModelException;
import org.taxonomist.models.store.ModelStore;

/**
 * User-supplied backbones through {@link Backbones#open(String, ModelStore)}: a tiny random CNN as
 * TorchScript (PyTorch engine) and as ONNX (OnnxRuntime engine), made by
 * {@code src/test/fixtures/make-fixtures.py}, which also wrote what PyTorch computes for two 32x32
 * patterns. The Java side must reproduce those numbers: preprocessing (mean/std, NCHW), the engines,
 * pooling, L2 normalisation and the softmax of the labelled output.
 */
class UserBackboneTest {

    private static final Path FIXTURES = Path.of("src/test/fixtures").toAbsolutePath();
    private static final String OPTIONS = "?size=32&mean=0.5,0.4,0.3&std=0.25,0.2,0.3";
    private static JsonNode expected;

    @BeforeAll
    static void readExpected() throws IOException {
        expected = new ObjectMapper()
                .readTree(FIXTURES.resolve("tiny-cnn-expected.json").toFile());
    }

    /** The pattern make-fixtures.py draws. */
    static BufferedImage pattern(boolean transposed) {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                int a = transposed ? y : x;
                int b = transposed ? x : y;
                int r = (7 * a + 3 * b) % 256;
                int g = (5 * a * b) % 256;
                int bl = Math.floorMod(255 - 4 * a - 2 * b, 256);
                image.setRGB(x, y, (r << 16) | (g << 8) | bl);
            }
        }
        return image;
    }

    private static String spec(String scheme, String extension, String extra) {
        return scheme + ":" + FIXTURES.resolve("tiny-cnn." + extension) + OPTIONS + extra;
    }

    @ParameterizedTest
    @ValueSource(strings = {"torchscript:pt", "onnx:onnx"})
    void reproducesPyTorchWithAveragePoolingAndLabels(String schemeAndExtension) {
        String[] parts = schemeAndExtension.split(":");
        String labels = FIXTURES.resolve("tiny-cnn-labels.txt").toString();
        try (Backbone backbone = Backbones.open(
                spec(parts[0], parts[1], "&labels=" + labels + "&id=tiny&version=1"), new ModelStore(FIXTURES))) {
            assertEquals("tiny", backbone.id());
            assertEquals("1", backbone.version());
            assertEquals(8, backbone.dimension());
            assertEquals(List.of("red", "green", "blue"), backbone.pretrainedLabels());

            List<BackboneOutput> outputs = backbone.embedAll(List.of(pattern(false), pattern(true)));
            for (int i = 0; i < 2; i++) {
                JsonNode image = expected.get("images").get(i);
                assertClose(image.get("avgEmbedding"), outputs.get(i).embedding(), parts[0] + " image " + i);
                assertClose(image.get("scores"), outputs.get(i).pretrainedScores(), parts[0] + " scores " + i);
            }
            // One image alone gives what it gave inside the batch.
            assertClose(
                    expected.get("images").get(1).get("avgEmbedding"),
                    backbone.embed(pattern(true)).embedding(),
                    "single");
            // Another size is resized (antialiased bilinear): still an 8-d unit vector.
            BackboneOutput resized = backbone.embed(new BufferedImage(100, 60, BufferedImage.TYPE_INT_RGB));
            assertEquals(8, resized.embedding().length);
        }
    }

    @Test
    void maxPoolingWithoutLabelsAndADefaultIdentity() {
        try (Backbone backbone = Backbones.open(spec("onnx", "onnx", "&pool=max&batch=1"), new ModelStore(FIXTURES))) {
            assertEquals("onnx-tiny-cnn", backbone.id());
            assertEquals(16, backbone.version().length(), backbone.version()); // hash of the file and the recipe
            assertEquals(List.of(), backbone.pretrainedLabels());
            List<BackboneOutput> outputs = backbone.embedAll(List.of(pattern(false), pattern(true)));
            for (int i = 0; i < 2; i++) {
                assertClose(
                        expected.get("images").get(i).get("maxEmbedding"),
                        outputs.get(i).embedding(),
                        "max " + i);
                assertEquals(0, outputs.get(i).pretrainedScores().length);
            }
        }
        // A different recipe is a different version: cached embeddings never mix.
        try (Backbone avg = Backbones.open(spec("onnx", "onnx", ""), new ModelStore(FIXTURES));
                Backbone max = Backbones.open(spec("onnx", "onnx", "&pool=max"), new ModelStore(FIXTURES))) {
            assertNotEquals(avg.version(), max.version());
        }
    }

    @Test
    void theTwoEnginesAgree() {
        try (Backbone torch = Backbones.open(spec("torchscript", "pt", ""), new ModelStore(FIXTURES));
                Backbone onnx = Backbones.open(spec("onnx", "onnx", ""), new ModelStore(FIXTURES))) {
            float[] a = torch.embed(pattern(false)).embedding();
            float[] b = onnx.embed(pattern(false)).embedding();
            assertEquals(a.length, b.length);
            for (int i = 0; i < a.length; i++) {
                assertEquals(a[i], b[i], 1e-5);
            }
        }
    }

    @Test
    void badSpecsAreRefusedWithTheReason(@TempDir Path empty) {
        ModelStore store = new ModelStore(empty);
        MissingModelException missing = assertThrows(
                MissingModelException.class, () -> Backbones.open("onnx:" + empty.resolve("nothing.onnx"), store));
        assertTrue(missing.getMessage().contains("nothing.onnx"), missing.getMessage());
        IllegalArgumentException typo = assertThrows(
                IllegalArgumentException.class, () -> Backbones.open(spec("onnx", "onnx", "&sise=32"), store));
        assertTrue(typo.getMessage().contains("sise"), typo.getMessage());
        IllegalArgumentException pool = assertThrows(
                IllegalArgumentException.class, () -> Backbones.open(spec("onnx", "onnx", "&pool=median"), store));
        assertTrue(pool.getMessage().contains("pool"), pool.getMessage());
        IllegalStateException rank = assertThrows(
                IllegalStateException.class, () -> Backbones.open(spec("onnx", "onnx", "&pool=none"), store));
        assertTrue(rank.getMessage().contains("pool=none"), rank.getMessage());
        IllegalStateException labels = assertThrows(IllegalStateException.class, () -> {
            Path two = Files.writeString(empty.resolve("two.txt"), "a\nb\n");
            Backbones.open(spec("onnx", "onnx", "&labels=" + two), store).close();
        });
        assertTrue(labels.getMessage().contains("2 labels"), labels.getMessage());
    }

    @Test
    void aModelZooUrlNeedsTheNetworkAndSaysSo(@TempDir Path empty) {
        // Offline here (ai.djl.offline=true, no zoo jar): the spec is parsed and handed to DJL's Criteria, which
        // refuses.
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Backbones.open(
                        "djl://ai.djl.pytorch/resnet?layers=50&size=224&id=resnet50", new ModelStore(empty)));
        assertTrue(e.getMessage().contains("djl://ai.djl.pytorch/resnet"), e.getMessage());
        assertTrue(e.getMessage().contains("network"), e.getMessage());
    }

    private static void assertClose(JsonNode expected, float[] actual, String what) {
        float[] values = new float[expected.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) expected.get(i).asDouble();
        }
        assertEquals(values.length, actual.length, what);
        assertArrayEquals(values, actual, 1e-5f, what);
    }
}
