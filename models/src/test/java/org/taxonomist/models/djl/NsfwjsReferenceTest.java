package org.taxonomist.models.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.taxonomist.models.backbone.BackboneOutput;
import org.taxonomist.models.image.ImageDecoder;
import org.taxonomist.models.store.ModelPackage;
import org.taxonomist.models.store.ModelStore;
import org.taxonomist.models.testdata.TestImages;

/**
 * The importer against TF.js itself: {@code nsfwjs-reference.json} holds what the unmodified
 * nsfwjs 4.3.0 package computes on TF.js's CPU backend for four photos (made by
 * {@code src/test/reference/make-reference.sh}). Preprocessing, dequantisation, layer translation,
 * padding and pooling must all agree for these to match.
 */
class NsfwjsReferenceTest {

    private static final double TOLERANCE = 1e-5; // measured: below 5e-7
    private static NsfwjsBackbone backbone;

    @BeforeAll
    static void open() {
        ModelStore store = ModelStore.fromEnvironment();
        assumeTrue(store.isPresent(ModelPackage.NSFWJS), "nsfwjs model not fetched (built with -Dtaxonomist.skipFetch?)");
        backbone = NsfwjsBackbone.open(store.nsfwjsPackage(), 8);
    }

    @AfterAll
    static void close() {
        if (backbone != null) {
            backbone.close();
        }
    }

    @Test
    void matchesTfjsProbabilitiesAndEmbeddings() throws Exception {
        JsonNode reference = reference();
        assertEquals(List.of("Drawing", "Hentai", "Neutral", "Porn", "Sexy"), backbone.pretrainedLabels());
        List<JsonNode> cases = new ArrayList<>();
        reference.get("images").forEach(cases::add);
        assertEquals(4, cases.size());
        for (JsonNode image : cases) {
            String name = image.get("name").asText();
            byte[] bytes = TestImages.photoBytes(name);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assumeTrue(sha.equals(image.get("sha256").asText()),
                    name + " differs from the file the reference was made from; regenerate with make-reference.sh");

            BackboneOutput out = backbone.embed(ImageDecoder.decode(bytes, 50_000_000L).image());

            double worstScore = worst(image.get("probabilities"), out.pretrainedScores());
            double worstEmbedding = worst(image.get("embedding"), out.embedding());
            System.out.printf("%s: max |difference| to TF.js: probabilities %.2e, embedding %.2e%n", name, worstScore, worstEmbedding);
            assertTrue(worstScore < TOLERANCE, name + " probabilities differ by " + worstScore);
            assertTrue(worstEmbedding < TOLERANCE, name + " embedding differs by " + worstEmbedding);
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

    private static JsonNode reference() throws IOException {
        try (InputStream in = NsfwjsReferenceTest.class.getResourceAsStream("nsfwjs-reference.json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
