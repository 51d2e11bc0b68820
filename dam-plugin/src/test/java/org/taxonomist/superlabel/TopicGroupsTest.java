package org.taxonomist.superlabel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.taxonomist.models.topics.TopicModel;

class TopicGroupsTest {

    private static final List<TopTerm> HARBOUR =
            List.of(new TopTerm("harbour", 0.4), new TopTerm("pier", 0.3), new TopTerm("lighthouse", 0.3));
    private static final List<TopTerm> BEACH = List.of(new TopTerm("coast", 0.5), new TopTerm("ocean", 0.5));
    private static final List<TopTerm> EVENTS = List.of(new TopTerm("conference", 0.6), new TopTerm("speech", 0.4));
    private static final List<TopTerm> FOOD = List.of(new TopTerm("pasta", 1.0));

    @Test
    void topicsSharingTheSameAssetsAreOneSuperLabelAndTopicsWithoutAssetsNone() {
        float[][] scores = new float[12][];
        for (int d = 0; d < 6; d++) {
            scores[d] = new float[] {0.6f, 0.35f, 0f, 0.05f}; // one subject split over topics 0 and 1, with other terms
            scores[d + 6] = new float[] {0f, 0f, 1f, 0f};
        }
        assertArrayEquals(new int[] {0, 0, 1, -1}, TopicGroups.of(scores, List.of(HARBOUR, BEACH, EVENTS, FOOD)));
    }

    @Test
    void topicsWithTheSameTermsAreOneSuperLabelWhateverAssetsTheyHave() {
        List<TopTerm> harbourAgain =
                List.of(new TopTerm("pier", 0.35), new TopTerm("harbour", 0.33), new TopTerm("lighthouse", 0.32));
        float[][] scores = {{0.9f, 0.1f, 0f}, {0.2f, 0.8f, 0f}, {0f, 0.6f, 0.4f}, {0f, 0f, 1f}};
        assertArrayEquals(new int[] {0, 0, 1}, TopicGroups.of(scores, List.of(HARBOUR, harbourAgain, EVENTS)));
    }

    @Test
    void topicsOnDifferentAssetsStayApartEvenWhereAssetsMixThem() {
        float[][] scores = {
            {0.7f, 0.3f, 0f}, {0.9f, 0.1f, 0f}, {1f, 0f, 0f},
            {0.3f, 0.7f, 0f}, {0f, 0.8f, 0.2f}, {0f, 1f, 0f},
            {0f, 0f, 1f}, {0.2f, 0f, 0.8f}
        };
        assertArrayEquals(new int[] {0, 1, 2}, TopicGroups.of(scores, List.of(HARBOUR, BEACH, EVENTS)));
    }

    @Test
    void aGroupsTermsAreItsTopicsWeightsAveragedByTheirShareOfTheAssets() {
        TopicModel model = TopicModel.nmf(
                1,
                List.of("harbour", "pier", "lighthouse"),
                new float[][] {{0.2f, 0.5f, 0.3f}, {0.8f, 0.2f, 0f}},
                new double[] {1, 1, 1});
        List<TopTerm> top = TopicGroups.topTerms(model, List.of(0, 1), new double[] {3, 1}, 2);
        assertEquals(List.of("pier", "harbour"), top.stream().map(TopTerm::term).toList());
        assertEquals(0.75 * 0.5 + 0.25 * 0.2, top.get(0).weight(), 1e-6);
        assertEquals(0.75 * 0.2 + 0.25 * 0.8, top.get(1).weight(), 1e-6);
    }

    @Test
    void termsWithoutWeightAreLeftOutButTheHeaviest() {
        TopicModel model = TopicModel.nmf(
                1,
                List.of("harbour", "pier", "lighthouse", "vehicles", "objects"),
                new float[][] {{0.5f, 0.495f, 0f, 0.005f, 0f}, {0.001f, 0f, 0f, 0.5f, 0.499f}},
                new double[] {1, 1, 1, 1, 1});
        assertEquals(
                List.of("harbour", "pier"),
                TopicGroups.topTerms(model, List.of(0), new double[] {1, 1}, 10).stream()
                        .map(TopTerm::term)
                        .toList());
        assertEquals(
                List.of("vehicles", "objects"),
                TopicGroups.topTerms(model, List.of(1), new double[] {1, 1}, 10).stream()
                        .map(TopTerm::term)
                        .toList());
        List<String> many = IntStream.range(0, 150).mapToObj(i -> "term " + i).toList();
        float[] thin = new float[150];
        Arrays.fill(thin, 1f / 150);
        thin[7] += 0.001f;
        double[] idf = new double[150];
        Arrays.fill(idf, 1);
        TopicModel spread = TopicModel.nmf(1, many, new float[][] {thin}, idf);
        assertEquals(
                List.of("term 7"),
                TopicGroups.topTerms(spread, List.of(0), new double[] {1}, 10).stream()
                        .map(TopTerm::term)
                        .toList(),
                "a topic spread thin still shows its heaviest term");
    }
}
