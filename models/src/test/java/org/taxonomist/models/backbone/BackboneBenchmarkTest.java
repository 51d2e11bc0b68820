package org.taxonomist.models.backbone;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.taxonomist.models.image.ImageDecoder;
import org.taxonomist.models.store.ModelPackage;
import org.taxonomist.models.store.ModelStore;
import org.taxonomist.models.testdata.TestImages;

/**
 * Time per image of each bundled backbone in batches of 8 (resize + forward pass; decoding not
 * included), the best of three rounds of 32 photos. A long run, so behind a flag:
 * {@code mvn -pl models test -Dtest=BackboneBenchmarkTest -Dtaxonomist.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "taxonomist.benchmark", matches = "true")
class BackboneBenchmarkTest {

    @ParameterizedTest
    @ValueSource(strings = {"nsfwjs:mobilenet_v2", "nsfwjs:mobilenet_v2_mid", "nsfwjs:inception_v3", "human:centernet"})
    void timePerImageInBatchesOfEight(String spec) {
        ModelStore store = ModelStore.fromEnvironment();
        assumeTrue(
                store.isPresent(ModelPackage.NSFWJS) && store.isPresent(ModelPackage.HUMAN),
                "bundled models not fetched");
        List<BufferedImage> photos = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            photos.add(ImageDecoder.decode(TestImages.photoBytes(TestImages.COLOUR_PHOTOS.get(i % 6)), 50_000_000L)
                    .image());
        }
        long opening = System.nanoTime();
        try (Backbone backbone = Backbones.open(spec + "?batch=8", store)) {
            double openSeconds = (System.nanoTime() - opening) / 1e9;
            backbone.embedAll(photos.subList(0, 8)); // PyTorch prepares its kernels per input shape on first use
            double best = Double.MAX_VALUE;
            for (int round = 0; round < 3; round++) {
                long started = System.nanoTime();
                backbone.embedAll(photos);
                best = Math.min(best, (System.nanoTime() - started) / 1e6 / photos.size());
            }
            System.out.printf(
                    "BENCHMARK %s (%d-d) on %d cores, batch 8: %.1f ms/image (resize + forward); opened in %.1f s%n",
                    backbone.id(), backbone.dimension(), Runtime.getRuntime().availableProcessors(), best, openSeconds);
        }
    }
}
