package org.taxonomist.models.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taxonomist.models.backbone.BackboneOutput;
import org.taxonomist.models.image.ImageDecoder;
import org.taxonomist.models.store.ModelPackage;
import org.taxonomist.models.store.ModelStore;
import org.taxonomist.models.testdata.TestImages;

/**
 * The importers against TF.js itself: {@code nsfwjs*-reference.json} hold what the unmodified
 * nsfwjs 4.3.0 package computes on TF.js's CPU backend for four photos, for each of its three
 * networks (made by {@code src/test/reference/make-reference.sh}). Preprocessing, dequantisation,
 * layer/op translation, padding and pooling must all agree for these to match. Each network is
 * loaded once.
 */
class NsfwjsReferenceTest {

    private static ModelStore store;

    @BeforeAll
    static void store() {
        store = ModelStore.fromEnvironment();
        assumeTrue(
                store.isPresent(ModelPackage.NSFWJS), "nsfwjs model not fetched (built with -Dtaxonomist.skipFetch?)");
    }

    static Stream<Arguments> models() {
        return Stream.of(
                // measured: below 5e-7 (probabilities and embedding)
                Arguments.of(NsfwjsBackbone.Model.MOBILENET_V2, "nsfwjs-reference.json", 1e-5, List.of(960, 384)),
                Arguments.of(
                        NsfwjsBackbone.Model.INCEPTION_V3,
                        "nsfwjs-inception_v3-reference.json",
                        1e-4,
                        List.of(768, 768, 2048)),
                Arguments.of(
                        NsfwjsBackbone.Model.MOBILENET_V2_MID,
                        "nsfwjs-mobilenet_v2_mid-reference.json",
                        1e-4,
                        List.of(1344, 528)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void matchesTfjsProbabilitiesAndEmbeddings(
            NsfwjsBackbone.Model model, String file, double tolerance, List<Integer> parts) throws Exception {
        JsonNode reference = reference(file);
        List<JsonNode> cases = new ArrayList<>();
        reference.get("images").forEach(cases::add);
        assertEquals(4, cases.size());
        List<BufferedImage> images = new ArrayList<>();
        for (JsonNode image : cases) {
            String name = image.get("name").asText();
            byte[] bytes = TestImages.photoBytes(name);
            String sha = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assumeTrue(
                    sha.equals(image.get("sha256").asText()),
                    name + " differs from the file the reference was made from; regenerate with make-reference.sh");
            images.add(ImageDecoder.decode(bytes, 50_000_000L).image());
        }

        try (NsfwjsBackbone backbone = NsfwjsBackbone.open(store.nsfwjsPackage(), model, 8, "cpu")) {
            assertEquals(model.id(), backbone.id());
            assertEquals("4.3.0", backbone.version());
            assertEquals(List.of("Drawing", "Hentai", "Neutral", "Porn", "Sexy"), backbone.pretrainedLabels());
            assertEquals(parts.stream().mapToInt(Integer::intValue).sum(), backbone.dimension());

            List<BackboneOutput> batched = backbone.embedAll(images);
            for (int i = 0; i < cases.size(); i++) {
                JsonNode image = cases.get(i);
                String name = image.get("name").asText();
                BackboneOutput out = batched.get(i);
                double worstScore = worst(image.get("probabilities"), out.pretrainedScores());
                double worstEmbedding = worst(image.get("embedding"), out.embedding());
                System.out.printf(
                        "%s %s: max |difference| to TF.js: probabilities %.2e, embedding %.2e%n",
                        model.id(), name, worstScore, worstEmbedding);
                assertTrue(worstScore < tolerance, name + " probabilities differ by " + worstScore);
                assertTrue(worstEmbedding < tolerance, name + " embedding differs by " + worstEmbedding);
                int at = 0;
                for (int length : parts) {
                    assertEquals(1.0, norm(out.embedding(), at, at + length), 1e-5, "part at " + at);
                    at += length;
                }
            }
            // One image alone gives what it gave inside the batch.
            BackboneOutput single = backbone.embed(images.get(2));
            assertTrue(maxDifference(single.embedding(), batched.get(2).embedding()) < 1e-5);
            assertTrue(maxDifference(single.pretrainedScores(), batched.get(2).pretrainedScores()) < 1e-5);
        }
    }

    private static double worst(JsonNode expected, float[] actual) {
        assertEquals(expected.size(), actual.length);
        double worst = 0;
        for (int i = 0; i < actual.length; i++) {
            worst = Math.max(worst, Math.abs(expected.get(i).asDouble() - actual[i]));
        }
        return worst;
    }

    private static double maxDifference(float[] a, float[] b) {
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] - b[i]));
        }
        return worst;
    }

    private static double norm(float[] v, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) v[i] * v[i];
        }
        return Math.sqrt(sum);
    }

    private static JsonNode reference(String file) throws IOException {
        try (InputStream in = NsfwjsReferenceTest.class.getResourceAsStream(file)) {
            return new ObjectMapper().readTree(in);
        }
    }
}
