package org.taxonomist.models.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.taxonomist.models.detection.HeatmapPeaks.Candidate;

class DetectionDecodingTest {

    @Test
    void aPeakIsTheMaximumOfItsNeighbourhoodAndTakesItsBoxFromTheExtents() {
        // 2 classes on a 4 x 4 map, stride 10: class 0 has a peak at (1, 1) with a weaker shoulder
        // beside it, class 1 a peak in the corner (3, 3).
        float[] heatmap = new float[2 * 16];
        heatmap[1 * 4 + 1] = 0.9f;
        heatmap[1 * 4 + 2] = 0.5f;
        heatmap[16 + 3 * 4 + 3] = 0.7f;
        float[] extents = new float[4 * 16];
        int cell = 1 * 4 + 1;
        extents[cell] = 3;
        extents[16 + cell] = 4;
        extents[32 + cell] = 5;
        extents[48 + cell] = 6;

        List<Candidate> peaks = HeatmapPeaks.decode(heatmap, extents, 2, 4, 4, 10, 100);

        assertEquals(List.of(new Candidate(0, 0.9f, 7, 6, 15, 16), new Candidate(1, 0.7f, 30, 30, 30, 30)), peaks);
        assertEquals(1, HeatmapPeaks.decode(heatmap, extents, 2, 4, 4, 10, 1).size());
    }

    @Test
    void suppressesOverlapsWithinAClassOnlyAndKeepsTheBest() {
        Candidate cup = new Candidate(41, 0.8f, 0, 0, 10, 10);
        Candidate cupAgain = new Candidate(41, 0.6f, 1, 1, 11, 11); // IoU 81/119 = 0.68
        Candidate table = new Candidate(60, 0.5f, 0, 0, 12, 12); // overlaps the cup, another class
        Candidate weak = new Candidate(0, 0.1f, 50, 50, 60, 60);

        assertEquals(List.of(cup, table), NonMaxSuppression.apply(List.of(cup, cupAgain, table, weak), 0.3f, 0.4f, 10));
        assertEquals(List.of(cup), NonMaxSuppression.apply(List.of(cup, cupAgain, table, weak), 0.3f, 0.4f, 1));
        assertEquals(81f / 119f, NonMaxSuppression.overlap(cup, cupAgain), 1e-6);
    }
}
