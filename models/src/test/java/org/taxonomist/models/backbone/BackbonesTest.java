package org.taxonomist.models.backbone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taxonomist.models.store.MissingModelException;
import org.taxonomist.models.store.ModelPackage;
import org.taxonomist.models.store.ModelStore;

class BackbonesTest {

    @AfterEach
    void clear() {
        System.clearProperty(Backbones.BATCH_SIZE_PROPERTY);
    }

    @Test
    void anEmptyStoreSaysHowToFetchTheModel(@TempDir Path empty) {
        MissingModelException e =
                assertThrows(MissingModelException.class, () -> Backbones.openDefault(new ModelStore(empty)));
        assertTrue(e.getMessage().contains("mvn -pl models -am install"), e.getMessage());
        assertTrue(e.getMessage().contains("taxonomist fetch-models"), e.getMessage());
    }

    /** What a search index needs at start-up, before any model loads: each bundled backbone's key and dimension. */
    @Test
    void bundledBackbonesSayWhatTheyEmbedIntoWithoutOpeningAModel() {
        assertEquals(
                List.of(
                        new EmbeddingSpace("nsfwjs-mobilenet_v2@4.3.0", 1344),
                        new EmbeddingSpace("human-centernet@3.3.6", 1280),
                        new EmbeddingSpace("nsfwjs-inception_v3@4.3.0", 3584)),
                Backbones.spaces("nsfwjs:mobilenet_v2, human:centernet,torchscript:/models/r50.pt?size=224,"
                        + "nsfwjs:inception_v3?batch=4"),
                "a TorchScript file's dimension is known only once it is opened");
        assertThrows(IllegalArgumentException.class, () -> Backbones.spaces("nsfwjs:no_such_model"));
    }

    @Test
    void batchSizeIsConfigurable() {
        assertEquals(8, Backbones.configuredBatchSize());
        System.setProperty(Backbones.BATCH_SIZE_PROPERTY, "16");
        assertEquals(16, Backbones.configuredBatchSize());
        System.setProperty(Backbones.BATCH_SIZE_PROPERTY, "zero");
        assertThrows(IllegalArgumentException.class, Backbones::configuredBatchSize);
    }

    @Test
    void specsParse() {
        BackboneSpec nsfwjs = BackboneSpec.parse(" nsfwjs:inception_v3 ");
        assertEquals("nsfwjs", nsfwjs.scheme());
        assertEquals("inception_v3", nsfwjs.location());
        assertEquals(Map.of(), nsfwjs.options());

        BackboneSpec torch = BackboneSpec.parse(
                "torchscript:/models/my%20net.pt?size=224&mean=0.485,0.456,0.406&id=resnet50&labels=/a%26b.txt");
        assertEquals("/models/my%20net.pt", torch.location()); // the location is not decoded: a path stays as written
        assertEquals(224, torch.intOption("size", 0));
        assertEquals(0.456f, torch.floatsOption("mean", 3, null)[1]);
        assertEquals("/a&b.txt", torch.option("labels", null));
        assertEquals("fallback", torch.option("version", "fallback"));

        BackboneSpec zoo = BackboneSpec.parse("djl://ai.djl.pytorch/resnet?layers=50&size=224");
        assertEquals("djl", zoo.scheme());
        assertEquals("djl://ai.djl.pytorch/resnet", zoo.location());
        assertEquals(List.of("layers", "size"), List.copyOf(zoo.options().keySet()));
    }

    @Test
    void badSpecsSayWhatIsWrong(@TempDir Path empty) {
        assertThrows(IllegalArgumentException.class, () -> BackboneSpec.parse(""));
        assertThrows(IllegalArgumentException.class, () -> BackboneSpec.parse("/models/x.onnx"));
        assertThrows(IllegalArgumentException.class, () -> BackboneSpec.parse("onnx:"));
        assertThrows(IllegalArgumentException.class, () -> BackboneSpec.parse("onnx:/x.onnx?size=1&size=2"));
        assertThrows(
                IllegalArgumentException.class,
                () -> BackboneSpec.parse("onnx:/x.onnx?mean=1,2").floatsOption("mean", 3, null));
        IllegalArgumentException scheme = assertThrows(
                IllegalArgumentException.class, () -> Backbones.open("tflite:/x.tflite", new ModelStore(empty)));
        assertTrue(scheme.getMessage().contains("[djl, human, nsfwjs, onnx, torchscript]"), scheme.getMessage());
        IllegalArgumentException model = assertThrows(
                IllegalArgumentException.class, () -> Backbones.open("nsfwjs:resnet", new ModelStore(empty)));
        assertTrue(model.getMessage().contains("inception_v3"), model.getMessage());
        IllegalArgumentException human = assertThrows(
                IllegalArgumentException.class, () -> Backbones.open("human:blazeface", new ModelStore(empty)));
        assertTrue(human.getMessage().contains("centernet"), human.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> Backbones.open("nsfwjs:mobilenet_v2?size=299", new ModelStore(empty)));
        assertThrows(
                IllegalArgumentException.class,
                () -> Backbones.open("nsfwjs:mobilenet_v2?batch=0", new ModelStore(empty)));
    }

    @Test
    void theBundledBackbonesOpenBySpec() {
        ModelStore store = ModelStore.fromEnvironment();
        assumeTrue(
                store.isPresent(ModelPackage.NSFWJS), "nsfwjs model not fetched (built with -Dtaxonomist.skipFetch?)");
        try (Backbone mid = Backbones.open("nsfwjs:mobilenet_v2_mid?batch=4&device=cpu", store)) {
            assertEquals("nsfwjs-mobilenet_v2_mid", mid.id());
            assertEquals("4.3.0", mid.version());
            assertEquals(1872, mid.dimension());
            assertEquals(List.of("Drawing", "Hentai", "Neutral", "Porn", "Sexy"), mid.pretrainedLabels());
        }
    }
}
