package org.taxonomist.models.backbone;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.taxonomist.models.image.ImageDecoder;
import org.taxonomist.models.store.ModelStore;
import org.taxonomist.models.testdata.TestImages;

/**
 * Throughput harness, not a test: the default backbone on the scikit-image colour photos
 * repeated to 200 files. Prints model-only images/s (decoded images through
 * {@link Backbone#embedAll}: resize + forward) and end-to-end images/s (read + decode + resize +
 * forward through {@link EmbeddingPipeline}), and their ratio. The target: end-to-end at least
 * 80% of model-only. Best of three rounds, after a warm-up.
 *
 * <pre>
 * mvn -o -q -pl models test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.taxonomist.models.backbone.EmbeddingBench [-Dexec.args="images batch decodeThreads"]
 * </pre>
 */
public final class EmbeddingBench {

    private EmbeddingBench() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : Backbones.DEFAULT_BATCH_SIZE;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : EmbeddingPipeline.defaultDecodeThreads();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            files.add(TestImages.photo(TestImages.COLOUR_PHOTOS.get(i % TestImages.COLOUR_PHOTOS.size())));
        }
        List<BufferedImage> decoded = new ArrayList<>();
        for (Path file : files) {
            decoded.add(
                    ImageDecoder.toRgb(ImageDecoder.decode(Files.readAllBytes(file), ImageDecoder.DEFAULT_MAX_PIXELS)
                            .image()));
        }
        try (Backbone backbone = Backbones.open(ModelStore.fromEnvironment(), batch)) {
            EmbeddingPipeline pipeline =
                    new EmbeddingPipeline(backbone, batch, threads, ImageDecoder.DEFAULT_MAX_PIXELS);
            backbone.embedAll(decoded.subList(0, 2 * batch)); // warm-up: PyTorch prepares kernels per input shape
            pipeline.embedFiles(files.subList(0, 2 * batch));
            double modelOnly = 0;
            double endToEnd = 0;
            for (int round = 0; round < 3; round++) {
                long started = System.nanoTime();
                backbone.embedAll(decoded);
                modelOnly = Math.max(modelOnly, count / ((System.nanoTime() - started) / 1e9));
                started = System.nanoTime();
                long failed = pipeline.embedFiles(files).stream()
                        .filter(r -> !r.succeeded())
                        .count();
                endToEnd = Math.max(endToEnd, count / ((System.nanoTime() - started) / 1e9));
                if (failed > 0) {
                    throw new IllegalStateException(failed + " images failed");
                }
            }
            System.out.printf(
                    "%s on %d cores, %d images, batch %d, %d decode threads: model-only %.1f images/s, "
                            + "end-to-end %.1f images/s (%.0f%% of model-only)%n",
                    backbone.id(),
                    Runtime.getRuntime().availableProcessors(),
                    count,
                    batch,
                    threads,
                    modelOnly,
                    endToEnd,
                    100 * endToEnd / modelOnly);
        }
    }
}
