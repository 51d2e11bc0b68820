package org.taxonomist.models.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.Device;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.taxonomist.models.backbone.BackboneOutput;
import org.taxonomist.models.image.ImageDecoder;
import org.taxonomist.models.store.ModelPackage;
import org.taxonomist.models.store.ModelStore;
import org.taxonomist.models.testdata.TestImages;

/** The device choice, and (only where DJL finds a GPU) that the GPU computes what the CPU computes. */
class DeviceTest {

    @AfterEach
    void clear() {
        System.clearProperty(DjlRuntime.DEVICE_PROPERTY);
    }

    @Test
    void autoMeansGpuWhenDjlFindsOneElseCpu() {
        Device auto = DjlRuntime.device(DjlRuntime.ENGINE, null);
        assertEquals(DjlRuntime.hasGpu(DjlRuntime.ENGINE), auto.isGpu());
        assertEquals(Device.cpu(), DjlRuntime.device(DjlRuntime.ENGINE, "cpu"));
        assertEquals(Device.cpu(), DjlRuntime.device(DjlRuntime.ONNX_ENGINE, "cpu"));
        System.setProperty(DjlRuntime.DEVICE_PROPERTY, "cpu");
        assertEquals(Device.cpu(), DjlRuntime.device(DjlRuntime.ENGINE, null));
        assertThrows(IllegalArgumentException.class, () -> DjlRuntime.device(DjlRuntime.ENGINE, "tpu"));
    }

    @Test
    void askingForAMissingGpuIsAnError() {
        assumeTrue(!DjlRuntime.hasGpu(DjlRuntime.ENGINE), "a GPU is present");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> DjlRuntime.device(DjlRuntime.ENGINE, "gpu"));
        assertTrue(e.getMessage().contains("no GPU"), e.getMessage());
    }

    /** Runs only with CUDA natives and a GPU (see the README's GPU section); skipped elsewhere. */
    @Test
    void theGpuComputesWhatTheCpuComputes() {
        assumeTrue(DjlRuntime.hasGpu(DjlRuntime.ENGINE), "no GPU visible to DJL's PyTorch engine (CPU natives)");
        ModelStore store = ModelStore.fromEnvironment();
        assumeTrue(store.isPresent(ModelPackage.NSFWJS), "nsfwjs model not fetched");
        BufferedImage cat = ImageDecoder.decode(TestImages.photoBytes(TestImages.CAT), 50_000_000L)
                .image();
        for (NsfwjsBackbone.Model model : NsfwjsBackbone.Model.values()) {
            BackboneOutput cpu;
            BackboneOutput gpu;
            try (NsfwjsBackbone backbone = NsfwjsBackbone.open(store.nsfwjsPackage(), model, 8, "cpu")) {
                cpu = backbone.embed(cat);
            }
            try (NsfwjsBackbone backbone = NsfwjsBackbone.open(store.nsfwjsPackage(), model, 8, "gpu")) {
                gpu = backbone.embed(cat);
            }
            for (int i = 0; i < cpu.embedding().length; i++) {
                assertEquals(cpu.embedding()[i], gpu.embedding()[i], 1e-4, model + " embedding " + i);
            }
            for (int i = 0; i < cpu.pretrainedScores().length; i++) {
                assertEquals(cpu.pretrainedScores()[i], gpu.pretrainedScores()[i], 1e-4, model + " score " + i);
            }
        }
    }
}
