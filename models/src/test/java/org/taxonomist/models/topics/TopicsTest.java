package org.taxonomist.models.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.logging.Handler;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TopicsTest {

    /** 5 planted topics of 20 terms; 600 documents of 8 terms from one or two of them. */
    private static final PlantedTopics CORPUS = PlantedTopics.generate(5, 20, 600, 8, 7L);

    private static TopicSettings settings(TopicMethod method) {
        TopicSettings defaults = method == TopicMethod.LDA ? TopicSettings.lda() : TopicSettings.nmf();
        return defaults.withTopics(5).withThreads(2);
    }

    private static Map<Integer, Integer> recovered(TopicModel model) {
        return Recovery.matched(CORPUS.topics(), Coherence.topTerms(model, Coherence.TOP_TERMS), 0.8);
    }

    @ParameterizedTest
    @EnumSource(TopicMethod.class)
    void recoversThePlantedTopics(TopicMethod method) {
        TopicFit fit = Topics.fit(CORPUS.documents(), settings(method));
        TopicModel model = fit.model();
        assertEquals(method, model.method());
        assertEquals(5, model.topics());
        assertTrue(model.terms().contains("planted 0 term 0"), "terms are taken whole, spaces and all");
        assertEquals(100, model.terms().size());

        Map<Integer, Integer> match = recovered(model);
        assertEquals(5, match.size(), "planted topics matched by a found topic with 8 of its top 10 terms: " + match);

        float[][] scores = fit.documentScores();
        assertEquals(CORPUS.documents().size(), scores.length);
        int agree = 0;
        for (int d = 0; d < scores.length; d++) {
            assertEquals(1.0, sum(scores[d]), 1e-4);
            if (argmax(scores[d]) == match.get(CORPUS.main()[d])) {
                agree++;
            }
        }
        assertTrue(
                agree >= 0.9 * scores.length,
                agree + " of " + scores.length + " documents scored highest on their main topic");
    }

    @ParameterizedTest
    @EnumSource(TopicMethod.class)
    void theSameSeedGivesTheSameTopics(TopicMethod method) {
        TopicFit first = Topics.fit(CORPUS.documents(), settings(method));
        TopicFit again = Topics.fit(CORPUS.documents(), settings(method));
        for (int k = 0; k < first.model().topics(); k++) {
            assertArrayEquals(first.model().termWeights(k), again.model().termWeights(k));
        }
        assertTrue(Arrays.deepEquals(first.documentScores(), again.documentScores()));
        assertEquals(42L, first.model().seed());

        TopicFit other = Topics.fit(CORPUS.documents(), settings(method).withSeed(43));
        assertFalse(Arrays.deepEquals(first.documentScores(), other.documentScores()));
        assertEquals(43L, other.model().seed());
    }

    @Test
    void nmfGivesTheSameTopicsOnAnyNumberOfThreads() {
        PlantedTopics large = PlantedTopics.generate(5, 20, 10_000, 8, 5L); // several chunks of rows
        TopicFit one = Topics.fit(large.documents(), settings(TopicMethod.NMF).withThreads(1));
        TopicFit three = Topics.fit(large.documents(), settings(TopicMethod.NMF).withThreads(3));
        assertTrue(Arrays.deepEquals(one.documentScores(), three.documentScores()));
        for (int k = 0; k < 5; k++) {
            assertArrayEquals(one.model().termWeights(k), three.model().termWeights(k));
        }
    }

    @ParameterizedTest
    @EnumSource(TopicMethod.class)
    void scoresANewDocumentByTheTopicItWasDrawnFrom(TopicMethod method) {
        TopicModel model = Topics.fit(CORPUS.documents(), settings(method)).model();
        Map<Integer, Integer> match = recovered(model);
        SplittableRandom random = new SplittableRandom(99);
        for (int planted = 0; planted < 5; planted++) {
            List<String> document = new ArrayList<>(PlantedTopics.document(planted, 20, 6, random));
            float[] scores = model.score(document);
            assertEquals(1.0, sum(scores), 1e-4);
            assertEquals(
                    match.get(planted), argmax(scores), "planted topic " + planted + ": " + Arrays.toString(scores));
            assertTrue(scores[argmax(scores)] > 0.5, Arrays.toString(scores));

            document.add("a term never seen");
            assertArrayEquals(scores, model.score(document), 1e-6f, "unknown terms are ignored");
        }
        assertArrayEquals(new float[5], model.score(List.of("a term never seen")));
        assertArrayEquals(new float[5], model.score(List.of()));
    }

    /**
     * A new collection: a dozen one-term assets and two groups of six identical ones. MALLET's
     * re-estimation of the priors collapses here (β becomes NaN); the fit falls back to fixed priors
     * for short texts, and each group of co-occurring terms is one topic (with MALLET's default α a
     * group came out split over several topics).
     */
    @Test
    void ldaOnATinyCollectionStillGivesTopics() {
        List<List<String>> documents = new ArrayList<>();
        for (String single : List.of(
                "vehicles",
                "vehicles",
                "vehicles",
                "people",
                "people",
                "pebbles",
                "animals",
                "objects",
                "objects",
                "photo",
                "tabby")) {
            documents.add(List.of(single));
        }
        documents.add(List.of("objects", "timepiece", "motion"));
        for (int i = 0; i < 6; i++) {
            documents.add(List.of("coast", "ocean", "sandbar"));
            documents.add(List.of("conference", "speech", "audience"));
        }
        TopicFit fit = Topics.fit(
                documents, TopicSettings.lda().withTopics(6).withSeed(7).withThreads(2));
        for (int k = 0; k < 6; k++) {
            assertEquals(1.0, sum(fit.model().termWeights(k)), 1e-4, "topic " + k + " has finite weights summing to 1");
        }
        for (float[] scores : fit.documentScores()) {
            assertEquals(1.0, sum(scores), 1e-4);
        }
        assertEquals(1.0, sum(fit.model().score(List.of("coast"))), 1e-4);
        for (Set<String> group :
                List.of(Set.of("coast", "ocean", "sandbar"), Set.of("conference", "speech", "audience"))) {
            assertTrue(
                    IntStream.range(0, 6).anyMatch(k -> group.equals(leadingTerms(fit.model(), k, 3))),
                    group + " is one topic: "
                            + IntStream.range(0, 6)
                                    .mapToObj(k -> leadingTerms(fit.model(), k, 3))
                                    .toList());
        }
    }

    private static Set<String> leadingTerms(TopicModel model, int topic, int n) {
        return model.topTerms(topic, n).stream().map(WeightedTerm::term).collect(Collectors.toSet());
    }

    /**
     * More subjects than topics: the documents NMF leaves unexplained score nothing, instead of
     * going to the largest topic (their floor values, scaled to sum 1, once gave the beach topic
     * 0.3 of a "pebbles" asset).
     */
    @Test
    void nmfGivesNoScoresToADocumentNoTopicExplains() {
        List<List<String>> documents = new ArrayList<>();
        for (String single : List.of("vehicles", "people", "pebbles", "animals", "photo", "tabby", "horse", "dog")) {
            documents.add(List.of(single));
        }
        for (int i = 0; i < 6; i++) {
            documents.add(List.of("coast", "ocean", "sandbar"));
            documents.add(List.of("conference", "speech", "audience"));
        }
        TopicFit fit = Topics.fit(
                documents, TopicSettings.nmf().withTopics(3).withSeed(7).withThreads(2));
        int beach = argmax(fit.documentScores()[8]);
        assertEquals(1.0, fit.documentScores()[8][beach], 1e-4, "a beach asset is all beach");
        int unexplained = 0;
        for (int d = 0; d < 8; d++) {
            float[] scores = fit.documentScores()[d];
            assertTrue(sum(scores) < 1e-6 || Math.abs(sum(scores) - 1) < 1e-4, Arrays.toString(scores));
            assertTrue(scores[beach] < 0.1, documents.get(d) + " is no beach: " + Arrays.toString(scores));
            if (sum(scores) < 1e-6) {
                unexplained++;
                assertArrayEquals(
                        new float[3],
                        fit.model().score(documents.get(d)),
                        "scored again as a new asset: nothing either");
            }
        }
        assertTrue(
                unexplained >= 6,
                "three topics explain at most one of the eight singletons besides the two groups: " + unexplained);
    }

    @Test
    void refusesBadInput() {
        List<List<String>> good = List.of(List.of("sea", "sand bar"), List.of("dog"));
        IllegalArgumentException noTopics = assertThrows(
                IllegalArgumentException.class, () -> TopicSettings.lda().withTopics(0));
        assertTrue(noTopics.getMessage().contains("0 topics"), noTopics.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TopicSettings.nmf().withTopics(-3));
        assertThrows(IllegalArgumentException.class, () -> TopicSettings.lda().withIterations(0));
        assertThrows(IllegalArgumentException.class, () -> TopicSettings.nmf().withThreads(0));

        for (TopicSettings settings :
                List.of(TopicSettings.lda().withTopics(2), TopicSettings.nmf().withTopics(2))) {
            assertEquals(
                    "No documents: topics need at least one asset with terms",
                    assertThrows(IllegalArgumentException.class, () -> Topics.fit(List.of(), settings))
                            .getMessage());
            assertEquals(
                    "Document 1 has no terms",
                    assertThrows(
                                    IllegalArgumentException.class,
                                    () -> Topics.fit(List.of(List.of("sea"), List.of()), settings))
                            .getMessage());
            assertEquals(
                    "Document 0 has a null or blank term",
                    assertThrows(
                                    IllegalArgumentException.class,
                                    () -> Topics.fit(List.of(List.of("sea", " ")), settings))
                            .getMessage());
            assertThrows(
                    IllegalArgumentException.class, () -> Topics.compareTopicCounts(good, List.of(2, 0), settings));
        }
    }

    @Test
    void malletLeavesTheLoggingConfigurationAlone() {
        Topics.fit(CORPUS.documents(), settings(TopicMethod.LDA).withIterations(20));
        // Had MALLET replaced the configuration, the root console handler would format with its PlainLogFormatter.
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            assertFalse(
                    handler.getFormatter().getClass().getName().startsWith("cc.mallet"),
                    handler + " was installed by MALLET");
        }
    }

    static double sum(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum;
    }

    static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
