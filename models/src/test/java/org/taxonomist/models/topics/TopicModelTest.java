package org.taxonomist.models.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TopicModelTest {

    private static final List<String> TERMS = List.of("sea", "sand bar", "surf", "dog", "cat");
    /** Topic 0: the beach; topic 1: pets. */
    private static final float[][] WEIGHTS = {{0.5f, 0.3f, 0.2f, 0f, 0f}, {0f, 0f, 0.1f, 0.5f, 0.4f}};

    private static TopicModel model(TopicMethod method) {
        return method == TopicMethod.LDA
                ? TopicModel.lda(7, TERMS, WEIGHTS, new double[] {0.1, 0.1})
                : TopicModel.nmf(7, TERMS, WEIGHTS, new double[] {1, 1.5, 1, 1, 1});
    }

    @ParameterizedTest
    @EnumSource(TopicMethod.class)
    void scoresByTheTopicsOfTheKnownTerms(TopicMethod method) {
        TopicModel model = model(method);
        float[] beach = model.score(List.of("sea", "sand bar", "unknown"));
        assertEquals(1, beach[0] + beach[1], 1e-6);
        assertTrue(beach[0] > 0.9, Arrays.toString(beach));
        float[] pets = model.score(List.of("dog", "cat", "dog"));
        assertTrue(pets[1] > 0.9, Arrays.toString(pets));
        float[] both = model.score(List.of("sea", "sand bar", "dog", "cat"));
        assertTrue(both[0] > 0.25 && both[1] > 0.25, Arrays.toString(both));
        assertArrayEquals(new float[2], model.score(List.of("unknown")));
    }

    @Test
    void topTermsAreTheHeaviestFirst() {
        TopicModel model = model(TopicMethod.LDA);
        assertEquals(List.of(new WeightedTerm("sea", 0.5f), new WeightedTerm("sand bar", 0.3f)), model.topTerms(0, 2));
        assertEquals(
                List.of("dog", "cat", "surf", "sea", "sand bar"),
                model.topTerms(1, 10).stream().map(WeightedTerm::term).toList());
    }

    @ParameterizedTest
    @EnumSource(TopicMethod.class)
    void fittedWeightsAreDistributions(TopicMethod method) {
        PlantedTopics corpus = PlantedTopics.generate(3, 10, 200, 5, 5L);
        TopicSettings settings = method == TopicMethod.LDA ? TopicSettings.lda() : TopicSettings.nmf();
        TopicModel model = Topics.fit(corpus.documents(), settings.withTopics(3).withThreads(1))
                .model();
        for (int k = 0; k < 3; k++) {
            assertEquals(1.0, TopicsTest.sum(model.termWeights(k)), 1e-4);
        }
        assertEquals(method == TopicMethod.LDA ? 3 : 0, model.alpha().length);
        assertEquals(method == TopicMethod.NMF ? 30 : 0, model.idf().length);
    }

    @ParameterizedTest
    @EnumSource(TopicMethod.class)
    void roundTripsThroughBytes(TopicMethod method) {
        TopicModel model = model(method);
        TopicModel copy = TopicModel.fromBytes(model.toBytes());
        assertEquals(model.method(), copy.method());
        assertEquals(7, copy.seed());
        assertEquals(TERMS, copy.terms());
        for (int k = 0; k < 2; k++) {
            assertArrayEquals(model.termWeights(k), copy.termWeights(k));
        }
        assertArrayEquals(model.alpha(), copy.alpha());
        assertArrayEquals(model.idf(), copy.idf());
        assertArrayEquals(model.score(List.of("sea", "dog")), copy.score(List.of("sea", "dog")));
    }

    @Test
    void refusesCorruptBytes() {
        byte[] bytes = model(TopicMethod.NMF).toBytes();
        assertThrows(
                IllegalArgumentException.class, () -> TopicModel.fromBytes(Arrays.copyOf(bytes, bytes.length - 3)));
        assertThrows(
                IllegalArgumentException.class, () -> TopicModel.fromBytes(Arrays.copyOf(bytes, bytes.length + 1)));
        byte[] otherVersion = bytes.clone();
        otherVersion[7] = 2;
        assertEquals(
                "Unknown topic model format version 2",
                assertThrows(IllegalArgumentException.class, () -> TopicModel.fromBytes(otherVersion))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> TopicModel.fromBytes(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
    }

    @Test
    void refusesInconsistentModels() {
        assertThrows(IllegalArgumentException.class, () -> TopicModel.lda(1, TERMS, WEIGHTS, new double[] {0.1}));
        assertThrows(IllegalArgumentException.class, () -> TopicModel.lda(1, TERMS, WEIGHTS, new double[] {0.1, 0}));
        assertThrows(IllegalArgumentException.class, () -> TopicModel.nmf(1, TERMS, WEIGHTS, new double[] {1, 1}));
        assertThrows(
                IllegalArgumentException.class,
                () -> TopicModel.lda(1, TERMS.subList(0, 4), WEIGHTS, new double[] {0.1, 0.1}));
        assertThrows(
                IllegalArgumentException.class,
                () -> TopicModel.lda(1, List.of("a", "a", "b", "c", "d"), WEIGHTS, new double[] {0.1, 0.1}));
        assertThrows(
                IllegalArgumentException.class,
                () -> TopicModel.lda(1, TERMS, new float[][] {{-0.1f, 0.5f, 0.6f, 0f, 0f}}, new double[] {0.1}));
        assertThrows(IllegalArgumentException.class, () -> TopicModel.lda(1, TERMS, new float[0][], new double[0]));
    }
}
