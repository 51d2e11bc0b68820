package org.taxonomist.models.backbone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taxonomist.models.image.ImageDecoder;
import org.taxonomist.models.store.ModelPackage;
import org.taxonomist.models.store.ModelStore;
import org.taxonomist.models.testdata.TestImages;

class EmbeddingPipelineTest {

    /** A fixed-score backbone: the embedding is (width, height); it rejects whole batches that contain a 13-pixel-wide image. */
    private static final class SizeBackbone implements Backbone {
        final AtomicInteger embedded = new AtomicInteger();
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger reads;
        int worstAhead;

        SizeBackbone(AtomicInteger reads) {
            this.reads = reads;
        }

        @Override
        public String id() {
            return "size";
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public List<String> pretrainedLabels() {
            return List.of();
        }

        @Override
        public float[] input(BufferedImage image) {
            assertEquals(BufferedImage.TYPE_INT_RGB, image.getType()); // decoded to RGB ahead of the backbone
            return new float[] {image.getWidth(), image.getHeight()};
        }

        @Override
        public synchronized List<BackboneOutput> embedInputs(List<float[]> inputs) {
            calls.incrementAndGet();
            worstAhead = Math.max(worstAhead, reads.get() - embedded.get() - inputs.size());
            List<BackboneOutput> out = new ArrayList<>();
            for (float[] size : inputs) {
                if (size[0] == 13) {
                    throw new IllegalArgumentException("13 pixels wide");
                }
                out.add(new BackboneOutput(size, new float[0]));
            }
            embedded.addAndGet(inputs.size());
            return out;
        }

        @Override
        public void close() {}
    }

    private static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, x * 0x010305 + y * 0x070501 + x * y * 31); // something to compress
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void keepsInputOrderAndFailsBadItemsAlone() throws InterruptedException {
        AtomicInteger reads = new AtomicInteger();
        List<EmbeddingPipeline.ImageSource> sources = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int width = 20 + i;
            byte[] bytes = switch (i) {
                case 7 -> "not an image".getBytes();
                case 8 -> {
                    byte[] whole = png(width, 10);
                    yield Arrays.copyOf(whole, whole.length / 2); // truncated
                }
                case 31 -> png(13, 10); // the backbone rejects it
                default -> png(width, 10 + i % 5);
            };
            sources.add(
                    i == 44
                            ? () -> {
                                reads.incrementAndGet();
                                throw new IOException("disk on fire");
                            }
                            : () -> {
                                reads.incrementAndGet();
                                return bytes;
                            });
        }
        SizeBackbone backbone = new SizeBackbone(reads);
        int batch = 4;
        int threads = 3;
        List<EmbeddingPipeline.Result> results =
                new EmbeddingPipeline(backbone, batch, threads, 1_000_000).embed(sources);

        assertEquals(60, results.size());
        for (int i = 0; i < 60; i++) {
            EmbeddingPipeline.Result r = results.get(i);
            switch (i) {
                case 7, 8 -> assertTrue(r.error().startsWith("UnreadableImageException"), r.error());
                case 31 -> assertEquals("IllegalArgumentException: 13 pixels wide", r.error());
                case 44 -> assertEquals("IOException: disk on fire", r.error());
                default -> {
                    assertTrue(r.succeeded(), i + ": " + r.error());
                    assertNull(r.error());
                    assertEquals(20 + i, r.output().embedding()[0]);
                    assertEquals(10 + i % 5, r.output().embedding()[1]);
                }
            }
        }
        // read ahead of the backbone: at most the window, plus the 4 failed items, which never reach the backbone
        assertTrue(backbone.worstAhead <= 2 * batch + threads + 4, "decoded ahead: " + backbone.worstAhead);
        assertTrue(
                backbone.calls.get() <= 15 + 4 + 1,
                "calls: " + backbone.calls.get()); // 56 images in batches of 4, plus the retried batch
        assertTrue(new EmbeddingPipeline(backbone).embed(List.of()).isEmpty());
    }

    @Test
    void refusesTooLargeImagesAndOddSettings() throws InterruptedException {
        SizeBackbone backbone = new SizeBackbone(new AtomicInteger());
        byte[] big = png(200, 100);
        List<EmbeddingPipeline.Result> results =
                new EmbeddingPipeline(backbone, 8, 1, 10_000).embed(List.of(() -> big, () -> png(50, 50)));
        assertTrue(
                results.get(0).error().startsWith("ImageTooLargeException"),
                results.get(0).error());
        assertTrue(results.get(1).succeeded());
        assertThrows(IllegalArgumentException.class, () -> new EmbeddingPipeline(backbone, 0, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> EmbeddingPipeline.Result.failed(null));
    }

    /** The real backbone on the real photos, with a truncated and a missing file among them. */
    @Test
    void embedsRealPhotosAroundACorruptFile(@TempDir Path folder) throws Exception {
        ModelStore store = ModelStore.fromEnvironment();
        assumeTrue(
                store.isPresent(ModelPackage.NSFWJS), "nsfwjs model not fetched (built with -Dtaxonomist.skipFetch?)");
        Path corrupt = folder.resolve("corrupt.png");
        byte[] coffee = TestImages.photoBytes(TestImages.COFFEE);
        Files.write(corrupt, Arrays.copyOf(coffee, coffee.length / 2));
        List<Path> files = new ArrayList<>();
        for (String name : TestImages.COLOUR_PHOTOS) {
            files.add(TestImages.photo(name));
        }
        files.add(2, corrupt);
        files.add(5, folder.resolve("missing.jpg"));

        try (Backbone backbone = Backbones.open(store, 4)) {
            List<EmbeddingPipeline.Result> results =
                    new EmbeddingPipeline(backbone, 3, 2, ImageDecoder.DEFAULT_MAX_PIXELS).embedFiles(files);
            assertEquals(files.size(), results.size());
            assertTrue(
                    results.get(2).error().startsWith("UnreadableImageException"),
                    results.get(2).error());
            assertTrue(
                    results.get(5).error().startsWith("NoSuchFileException"),
                    results.get(5).error());
            for (int i = 0; i < files.size(); i++) {
                if (i == 2 || i == 5) {
                    continue;
                }
                assertTrue(
                        results.get(i).succeeded(),
                        files.get(i) + ": " + results.get(i).error());
                BufferedImage image = ImageDecoder.decode(
                                Files.readAllBytes(files.get(i)), ImageDecoder.DEFAULT_MAX_PIXELS)
                        .image();
                float[] expected = backbone.embed(image).embedding();
                float[] actual = results.get(i).output().embedding();
                assertEquals(backbone.dimension(), actual.length);
                double worst = 0;
                for (int j = 0; j < expected.length; j++) {
                    worst = Math.max(worst, Math.abs(expected[j] - actual[j]));
                }
                assertTrue(worst < 1e-5, files.get(i) + " differs by " + worst);
            }
            assertFalse(results.get(0).output().embedding()
                    == results.get(1).output().embedding());
        }
    }
}
