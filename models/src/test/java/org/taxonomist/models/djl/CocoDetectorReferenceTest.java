package org.taxonomist.models.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.taxonomist.models.detection.CocoClasses;
import org.taxonomist.models.detection.DetectedObject;
import org.taxonomist.models.detection.HeatmapPeaks;
import org.taxonomist.models.detection.HeatmapPeaks.Candidate;
import org.taxonomist.models.image.ImageDecoder;
import org.taxonomist.models.store.ModelPackage;
import org.taxonomist.models.store.ModelStore;
import org.taxonomist.models.testdata.TestImages;

/**
 * The COCO detector against TF.js itself: {@code centernet-reference.json} holds what Human's
 * unmodified CenterNet graph computes on TF.js's CPU backend for four photos (made by
 * {@code src/test/reference/make-reference.sh}): the highest heatmap value per class and the graph's
 * own 20 best decoded boxes. Preprocessing, float16 weights, op translation, the legacy upsampling
 * and our decoding must all agree for these to match.
 */
class CocoDetectorReferenceTest {

    private static final double SCORE_TOLERANCE = 1e-4;
    private static final double PIXEL_TOLERANCE = 0.05; // of 512

    private static CocoDetector detector;

    @BeforeAll
    static void open() {
        ModelStore store = ModelStore.fromEnvironment();
        assumeTrue(
                store.isPresent(ModelPackage.HUMAN),
                "Human's detector not fetched (built with -Dtaxonomist.skipFetch?)");
        detector = CocoDetector.open(store.humanPackage(), "cpu");
    }

    @AfterAll
    static void close() {
        if (detector != null) {
            detector.close();
        }
    }

    @Test
    void matchesTfjsHeatmapsAndBoxes() throws Exception {
        JsonNode reference;
        try (InputStream in = getClass().getResourceAsStream("centernet-reference.json")) {
            reference = new ObjectMapper().readTree(in);
        }
        assertEquals(4, reference.get("images").size());
        for (JsonNode image : reference.get("images")) {
            String name = image.get("name").asText();
            CocoDetector.Maps maps =
                    detector.maps(detector.input(photo(name, image.get("sha256").asText())));

            double worstScore = 0;
            for (int c = 0; c < CocoClasses.NAMES.size(); c++) {
                float max = 0;
                for (int i = c * 128 * 128; i < (c + 1) * 128 * 128; i++) {
                    max = Math.max(max, maps.heatmap()[i]);
                }
                worstScore = Math.max(
                        worstScore, Math.abs(max - image.get("classMax").get(c).asDouble()));
            }
            List<Candidate> ours = HeatmapPeaks.decode(maps.heatmap(), maps.extents(), 80, 128, 128, 4, 100);
            double worstPixel = 0;
            for (JsonNode row : image.get("detections")) {
                Candidate match = matching(ours, row);
                worstScore =
                        Math.max(worstScore, Math.abs(match.score() - row.get(4).asDouble()));
                worstPixel = Math.max(
                        worstPixel,
                        Math.max(
                                Math.max(
                                        Math.abs(match.x1() - row.get(0).asDouble()),
                                        Math.abs(match.y1() - row.get(1).asDouble())),
                                Math.max(
                                        Math.abs(match.x2() - row.get(2).asDouble()),
                                        Math.abs(match.y2() - row.get(3).asDouble()))));
            }
            System.out.printf(
                    "centernet %s: max |difference| to TF.js: scores %.2e, box edges %.2e px%n",
                    name, worstScore, worstPixel);
            assertTrue(worstScore < SCORE_TOLERANCE, name + " scores differ by " + worstScore);
            assertTrue(worstPixel < PIXEL_TOLERANCE, name + " boxes differ by " + worstPixel + " px");
        }
    }

    @Test
    void findsTheObjectsOfThePhotos() {
        List<DetectedObject> coffee = detector.detect(photo(TestImages.COFFEE, null), 0.3f);
        assertEquals(
                List.of("cup", "dining table"),
                coffee.stream().map(DetectedObject::label).toList(),
                coffee.toString());
        DetectedObject cup = coffee.get(0);
        // The cup stands in the middle of the photo, on the table, whose box reaches further down.
        DetectedObject table = coffee.get(1);
        assertTrue(cup.left() > 0.1 && cup.left() + cup.width() < 0.9 && cup.width() > 0.3, cup.toString());
        assertTrue(table.top() + table.height() > cup.top() + cup.height() + 0.1, table.toString());

        List<DetectedObject> astronaut = detector.detect(photo(TestImages.ASTRONAUT, null), 0.3f);
        assertEquals(
                List.of("person"), astronaut.stream().map(DetectedObject::label).toList(), astronaut.toString());
    }

    @Test
    void asABackboneItEmbedsFeaturesAndTheClassScoresOfTheHeatmap() throws Exception {
        JsonNode reference;
        try (InputStream in = getClass().getResourceAsStream("centernet-reference.json")) {
            reference = new ObjectMapper().readTree(in);
        }
        List<JsonNode> cases = new java.util.ArrayList<>();
        reference.get("images").forEach(cases::add);
        List<BufferedImage> images = cases.stream()
                .map(c -> photo(c.get("name").asText(), c.get("sha256").asText()))
                .toList();
        ModelStore store = ModelStore.fromEnvironment();
        try (CocoDetector backbone = CocoDetector.open(store.humanPackage(), 3, "cpu")) {
            assertEquals(1280, backbone.dimension());
            assertEquals(CocoClasses.NAMES, backbone.pretrainedLabels());
            List<org.taxonomist.models.backbone.BackboneOutput> batched =
                    backbone.embedAll(images); // batches of 3 and 1
            for (int i = 0; i < cases.size(); i++) {
                float[] scores = batched.get(i).pretrainedScores();
                for (int c = 0; c < scores.length; c++) {
                    assertEquals(cases.get(i).get("classMax").get(c).asDouble(), scores[c], SCORE_TOLERANCE);
                }
                float[] embedding = batched.get(i).embedding();
                assertEquals(1.0, norm(embedding, 0, 480), 1e-5);
                assertEquals(1.0, norm(embedding, 480, 1200), 1e-5);
                assertEquals(1.0, norm(embedding, 1200, 1280), 1e-5);
            }
            float[] single = backbone.embed(images.get(1)).embedding();
            CocoDetector.Sighting sighting = backbone.look(images.get(1), 0.3f);
            for (int d = 0; d < single.length; d++) {
                assertEquals(
                        batched.get(1).embedding()[d], single[d], 1e-5, "a batch gives what one image alone gives");
                assertEquals(
                        single[d], sighting.features().embedding()[d], 1e-6, "a detection's look gives the embedding");
            }
            assertEquals(backbone.detect(images.get(1), 0.3f), sighting.objects());
        }
    }

    private static double norm(float[] v, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) v[i] * v[i];
        }
        return Math.sqrt(sum);
    }

    /** The candidate at the reference row's centre and class (order may differ between near-equal scores). */
    private static Candidate matching(List<Candidate> ours, JsonNode row) {
        int classIndex = row.get(5).asInt();
        double cx = (row.get(0).asDouble() + row.get(2).asDouble()) / 2;
        double cy = (row.get(1).asDouble() + row.get(3).asDouble()) / 2;
        return ours.stream()
                .filter(c -> c.classIndex() == classIndex)
                .min((a, b) -> Double.compare(distance(a, cx, cy), distance(b, cx, cy)))
                .filter(c -> Math.abs(c.score() - row.get(4).asDouble()) < 1e-3)
                .orElseThrow(() -> new AssertionError("No candidate of class " + classIndex + " near " + row));
    }

    private static double distance(Candidate c, double cx, double cy) {
        return Math.hypot((c.x1() + c.x2()) / 2 - cx, (c.y1() + c.y2()) / 2 - cy);
    }

    private static BufferedImage photo(String name, String sha256) {
        byte[] bytes = TestImages.photoBytes(name);
        if (sha256 != null) {
            try {
                String actual = HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
                assumeTrue(
                        actual.equals(sha256),
                        name + " differs from the file the reference was made from; regenerate it");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return ImageDecoder.decode(bytes, 50_000_000L).image();
    }
}
