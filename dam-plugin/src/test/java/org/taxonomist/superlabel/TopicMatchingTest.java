package org.taxonomist.superlabel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicMatchingTest {

    private static List<TopTerm> topic(Object... termsAndWeights) {
        List<TopTerm> terms = new ArrayList<>();
        for (int i = 0; i < termsAndWeights.length; i += 2) {
            terms.add(new TopTerm((String) termsAndWeights[i], (Double) termsAndWeights[i + 1]));
        }
        return terms;
    }

    private static final List<TopTerm> BEACH = topic("coast", 0.3, "ocean", 0.3, "sandbar", 0.3, "dog", 0.01);
    private static final List<TopTerm> EVENTS = topic("conference", 0.4, "speech", 0.3, "audience", 0.2);
    private static final List<TopTerm> FOOD = topic("pasta", 0.5, "tomato", 0.4);

    @Test
    void newTopicsFindTheirOldSuperLabelsInAnyOrder() {
        List<TopTerm> beachAgain = topic("ocean", 0.35, "coast", 0.3, "sandbar", 0.25, "surf", 0.05);
        List<TopTerm> eventsAgain = topic("speech", 0.3, "conference", 0.3, "audience", 0.3);
        List<TopTerm> animals = topic("horse", 0.5, "dog", 0.4);

        Map<Integer, Integer> match =
                TopicMatching.match(List.of(BEACH, EVENTS, FOOD), List.of(eventsAgain, animals, beachAgain));

        assertEquals(Map.of(0, 1, 2, 0), match, "events and beach are found again; animals is new, food is gone");
    }

    @Test
    void theTailOfNearlyWeightlessTermsDecidesNothing() {
        List<TopTerm> small =
                topic("coast", 0.33, "ocean", 0.33, "sandbar", 0.33, "a", 0.0001, "b", 0.0001, "c", 0.0001);
        List<TopTerm> sameWithOtherTail =
                topic("coast", 0.33, "ocean", 0.33, "sandbar", 0.33, "x", 0.0001, "y", 0.0001, "z", 0.0001);
        assertTrue(TopicMatching.similarity(small, sameWithOtherTail) > 0.99);
        assertEquals(Map.of(0, 0), TopicMatching.match(List.of(small), List.of(sameWithOtherTail)));
    }

    @Test
    void eachSideIsMatchedOnceTheMostSimilarPairFirst() {
        List<TopTerm> nearlyBeach = topic("coast", 0.3, "ocean", 0.3, "sandbar", 0.3);
        List<TopTerm> halfBeach = topic("coast", 0.3, "ocean", 0.3, "harbour", 0.3);

        Map<Integer, Integer> match = TopicMatching.match(List.of(BEACH), List.of(halfBeach, nearlyBeach));

        assertEquals(Map.of(1, 0), match, "the closer topic takes the super-label, the other one is new");
    }

    @Test
    void differentSubjectsSharingAFewTermsAreNotTheSame() {
        List<TopTerm> tenTerms = topic(
                "a", 0.1, "b", 0.1, "c", 0.1, "d", 0.1, "e", 0.1, "f", 0.1, "g", 0.1, "h", 0.1, "i", 0.1, "j", 0.1);
        List<TopTerm> threeShared = topic(
                "a", 0.1, "b", 0.1, "c", 0.1, "k", 0.1, "l", 0.1, "m", 0.1, "n", 0.1, "o", 0.1, "p", 0.1, "q", 0.1);
        List<TopTerm> sevenShared = topic(
                "a", 0.1, "b", 0.1, "c", 0.1, "d", 0.1, "e", 0.1, "f", 0.1, "g", 0.1, "x", 0.1, "y", 0.1, "z", 0.1);
        assertEquals(3.0 / 17, TopicMatching.similarity(tenTerms, threeShared), 1e-9);
        assertEquals(7.0 / 13, TopicMatching.similarity(tenTerms, sevenShared), 1e-9);
        assertEquals(Map.of(), TopicMatching.match(List.of(tenTerms), List.of(threeShared)));
        assertEquals(Map.of(0, 0), TopicMatching.match(List.of(tenTerms), List.of(sevenShared)));
    }

    @Test
    void nothingToMatch() {
        assertEquals(Map.of(), TopicMatching.match(List.of(), List.of(BEACH)));
        assertEquals(Map.of(), TopicMatching.match(List.of(BEACH), List.of()));
        assertEquals(0, TopicMatching.similarity(List.of(), List.of()));
    }
}
