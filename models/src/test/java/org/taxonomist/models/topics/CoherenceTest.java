package org.taxonomist.models.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CoherenceTest {

    @Test
    void npmiOfDocumentCoOccurrence() {
        List<List<String>> documents = List.of(List.of("a", "b"), List.of("a", "b"), List.of("c"), List.of("c", "a"));
        // P(a) = 3/4, P(b) = 1/2, P(a, b) = 1/2: log(4/3) / log 2
        double[] npmi = Coherence.npmi(
                documents, List.of(List.of("a", "b"), List.of("b", "c"), List.of("b", "unseen"), List.of("a")));
        assertEquals(Math.log(4.0 / 3) / Math.log(2), npmi[0], 1e-12);
        assertEquals(-1, npmi[1], 0, "never together");
        assertEquals(-1, npmi[2], 0, "a term no document has");
        assertTrue(Double.isNaN(npmi[3]), "one term has no pairs");
        assertEquals(
                1, Coherence.npmi(List.of(List.of("a", "b"), List.of("b", "a")), List.of(List.of("a", "b")))[0], 0);
        // a group's figure is the mean over its pairs: (0.415 − 1 − 1) / 3
        assertEquals((npmi[0] - 2) / 3, Coherence.npmi(documents, List.of(List.of("a", "b", "unseen")))[0], 1e-12);
        assertEquals((npmi[0] - 2) / 3, Coherence.mean(npmi), 1e-12, "the mean skips NaN");
    }

    @Test
    void plantedTopicsAreMoreCoherentThanRandomGroupsOfTheSameTerms() {
        PlantedTopics corpus = PlantedTopics.generate(5, 20, 600, 8, 7L);
        List<List<String>> planted = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (List<String> topic : corpus.topics()) {
            planted.add(topic.subList(0, 10));
            all.addAll(topic.subList(0, 10));
        }
        SplittableRandom random = new SplittableRandom(3);
        for (int i = all.size() - 1; i > 0; i--) {
            all.set(i, all.set(random.nextInt(i + 1), all.get(i)));
        }
        List<List<String>> shuffled = new ArrayList<>();
        for (int g = 0; g < 5; g++) {
            shuffled.add(all.subList(10 * g, 10 * g + 10));
        }
        double plantedCoherence = Coherence.mean(Coherence.npmi(corpus.documents(), planted));
        double randomCoherence = Coherence.mean(Coherence.npmi(corpus.documents(), shuffled));
        assertTrue(plantedCoherence > randomCoherence + 0.3, plantedCoherence + " vs random groups " + randomCoherence);
    }

    @ParameterizedTest
    @EnumSource(TopicMethod.class)
    void theRightTopicCountIsMoreCoherentThanABadlyWrongOne(TopicMethod method) {
        PlantedTopics corpus = PlantedTopics.generate(6, 20, 600, 8, 11L);
        TopicSettings settings = (method == TopicMethod.LDA ? TopicSettings.lda() : TopicSettings.nmf()).withThreads(2);
        List<TopicCountQuality> qualities = Topics.compareTopicCounts(corpus.documents(), List.of(2, 6), settings);
        assertEquals(
                List.of(2, 6), qualities.stream().map(TopicCountQuality::topics).toList());
        assertEquals(2, qualities.get(0).topicCoherence().length);
        assertEquals(6, qualities.get(1).topicCoherence().length);
        assertTrue(
                qualities.get(1).coherence() > qualities.get(0).coherence() + 0.2,
                "k=6: " + qualities.get(1).coherence() + ", k=2: "
                        + qualities.get(0).coherence());
        TopicModel six = Topics.fit(corpus.documents(), settings.withTopics(6)).model();
        assertArrayEquals(
                Coherence.npmi(corpus.documents(), six), qualities.get(1).topicCoherence(), 1e-12);
    }
}
