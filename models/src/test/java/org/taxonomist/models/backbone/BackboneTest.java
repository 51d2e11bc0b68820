package org.taxonomist.models.backbone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.taxonomist.models.head.Head;
import org.taxonomist.models.head.recipe.HeadSettings;
import org.taxonomist.models.image.ImageDecoder;
import org.taxonomist.models.store.ModelPackage;
import org.taxonomist.models.store.ModelStore;
import org.taxonomist.models.testdata.TestImages;

class BackboneTest {

    private static Backbone backbone;

    @BeforeAll
    static void open() {
        ModelStore store = ModelStore.fromEnvironment();
        assumeTrue(
                store.isPresent(ModelPackage.NSFWJS), "nsfwjs model not fetched (built with -Dtaxonomist.skipFetch?)");
        backbone = Backbones.openDefault(store);
    }

    @AfterAll
    static void close() {
        if (backbone != null) {
            backbone.close();
        }
    }

    private static BufferedImage photo(String name) {
        return ImageDecoder.decode(TestImages.photoBytes(name), 50_000_000L).image();
    }

    @Test
    void describesItself() {
        assertEquals("nsfwjs-mobilenet_v2", backbone.id());
        assertEquals("4.3.0", backbone.version());
        assertEquals(1344, backbone.dimension());
        assertEquals(List.of("Drawing", "Hentai", "Neutral", "Porn", "Sexy"), backbone.pretrainedLabels());
    }

    @Test
    void theCatIsNeutralAndItsEmbeddingIsTwoUnitParts() {
        BackboneOutput cat = backbone.embed(photo(TestImages.CAT));

        float[] scores = cat.pretrainedScores();
        double sum = 0;
        int best = 0;
        for (int i = 0; i < scores.length; i++) {
            sum += scores[i];
            best = scores[i] > scores[best] ? i : best;
        }
        assertEquals(1.0, sum, 1e-5);
        assertEquals("Neutral", backbone.pretrainedLabels().get(best));
        assertTrue(scores[best] > 0.9, "Neutral " + scores[best]);

        assertEquals(1344, cat.embedding().length);
        assertEquals(1.0, norm(cat.embedding(), 0, 960), 1e-5);
        assertEquals(1.0, norm(cat.embedding(), 960, 1344), 1e-5);
    }

    @Test
    void isDeterministic() {
        BufferedImage coffee = photo(TestImages.COFFEE);
        BackboneOutput first = backbone.embed(coffee);
        BackboneOutput second = backbone.embed(coffee);
        assertArrayEquals(first.embedding(), second.embedding());
        assertArrayEquals(first.pretrainedScores(), second.pretrainedScores());
    }

    @Test
    void aBatchGivesWhatSingleImagesGive() {
        List<BufferedImage> images = new ArrayList<>();
        for (String name : TestImages.COLOUR_PHOTOS) {
            images.add(photo(name));
        }
        List<BackboneOutput> batched = backbone.embedAll(images); // 9 images: a batch of 8 and one of 1
        assertEquals(images.size(), batched.size());
        for (int i = 0; i < images.size(); i++) {
            BackboneOutput single = backbone.embed(images.get(i));
            assertTrue(
                    maxDifference(single.embedding(), batched.get(i).embedding()) < 1e-5,
                    TestImages.COLOUR_PHOTOS.get(i));
            assertTrue(maxDifference(single.pretrainedScores(), batched.get(i).pretrainedScores()) < 1e-5);
        }
        assertTrue(backbone.embedAll(List.of()).isEmpty());
    }

    @Test
    void concurrentCallersGetTheirOwnResults() throws Exception {
        List<String> names = List.of(TestImages.CAT, TestImages.COFFEE, TestImages.ROCKET, TestImages.ASTRONAUT);
        List<float[]> expected = new ArrayList<>();
        for (String name : names) {
            expected.add(backbone.embed(photo(name)).embedding());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<float[]>> futures = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (String name : names) {
                    futures.add(pool.submit(() -> backbone.embed(photo(name)).embedding()));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertArrayEquals(expected.get(i % names.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void transparencyIsCompositedOnWhiteFirst() {
        BufferedImage logo = photo(TestImages.LOGO);
        assertArrayEquals(
                backbone.embed(ImageDecoder.toRgb(logo)).embedding(),
                backbone.embed(logo).embedding());
    }

    /** Prints decode and embed time per image; the best of three rounds, as other builds may share the machine. */
    @Test
    void measuresThroughputInBatchesOfEight() {
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            files.add(TestImages.photoBytes(TestImages.COLOUR_PHOTOS.get(i % 6)));
        }
        List<BufferedImage> warmUp = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            warmUp.add(photo(TestImages.COLOUR_PHOTOS.get(i % 6)));
        }
        backbone.embedAll(warmUp); // PyTorch prepares its kernels per input shape on first use
        double bestDecode = Double.MAX_VALUE;
        double bestEmbed = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long started = System.nanoTime();
            List<BufferedImage> decoded = new ArrayList<>();
            for (byte[] file : files) {
                decoded.add(ImageDecoder.decode(file, 50_000_000L).image());
            }
            long afterDecode = System.nanoTime();
            backbone.embedAll(decoded);
            long finished = System.nanoTime();
            bestDecode = Math.min(bestDecode, (afterDecode - started) / 1e6 / files.size());
            bestEmbed = Math.min(bestEmbed, (finished - afterDecode) / 1e6 / files.size());
        }
        System.out.printf(
                "Backbone %s on %d cores, batch 8: embed %.1f ms/image (resize + forward), decode %.1f ms/image%n",
                backbone.id(), Runtime.getRuntime().availableProcessors(), bestEmbed, bestDecode);
        assertTrue(bestEmbed < 2000, "embedding is unreasonably slow: " + bestEmbed + " ms/image");
    }

    /**
     * A head on real embeddings: trained on crops of one motorcycle photo (and crops of the other
     * photos), it must recognise the other photo of the stereo pair, and the centre crops.
     */
    @Test
    void aHeadLearnsFromRealEmbeddings() {
        List<String> photos = List.of(
                TestImages.CAT, TestImages.COFFEE, TestImages.ASTRONAUT, TestImages.ROCKET, TestImages.MOTORCYCLE);
        List<String> terms = List.of("cat", "coffee", "person", "rocket", "motorcycle");
        List<float[]> x = new ArrayList<>();
        List<boolean[]> y = new ArrayList<>();
        for (int p = 0; p < photos.size(); p++) {
            BufferedImage image = photo(photos.get(p));
            List<BufferedImage> crops = new ArrayList<>();
            int w = image.getWidth() * 3 / 4;
            int h = image.getHeight() * 3 / 4;
            crops.add(image.getSubimage(0, 0, w, h));
            crops.add(image.getSubimage(image.getWidth() - w, 0, w, h));
            crops.add(image.getSubimage(0, image.getHeight() - h, w, h));
            crops.add(image.getSubimage(image.getWidth() - w, image.getHeight() - h, w, h));
            for (BackboneOutput out : backbone.embedAll(crops)) {
                boolean[] label = new boolean[terms.size()];
                label[p] = true;
                x.add(out.embedding());
                y.add(label);
            }
        }
        Head head = Head.train(x.toArray(new float[0][]), y.toArray(new boolean[0][]), terms, HeadSettings.defaults());

        assertEquals(
                "motorcycle",
                best(head, backbone.embed(photo("motorcycle_right.png")).embedding()));
        for (int p = 0; p < photos.size(); p++) {
            BufferedImage image = photo(photos.get(p));
            BufferedImage centre = image.getSubimage(
                    image.getWidth() / 8, image.getHeight() / 8, image.getWidth() * 3 / 4, image.getHeight() * 3 / 4);
            assertEquals(terms.get(p), best(head, backbone.embed(centre).embedding()), photos.get(p));
        }
    }

    private static String best(Head head, float[] embedding) {
        float[] p = head.predict(embedding);
        int best = 0;
        for (int t = 1; t < p.length; t++) {
            best = p[t] > p[best] ? t : best;
        }
        return head.terms().get(best);
    }

    private static double norm(float[] v, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) v[i] * v[i];
        }
        return Math.sqrt(sum);
    }

    private static double maxDifference(float[] a, float[] b) {
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] - b[i]));
        }
        return worst;
    }
}
