package org.taxonomist.models.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The detector's post-processing on probability maps drawn by hand: boxes, their growth, and words joined into lines. */
class TextRegionsTest {

    private static final int W = 200;
    private static final int H = 120;

    /** A map with text probability 0.9 inside each rectangle {x, y, width, height}, 0 elsewhere. */
    private static float[] map(int width, int height, int[]... rectangles) {
        float[] p = new float[width * height];
        for (int[] r : rectangles) {
            for (int y = r[1]; y < r[1] + r[3]; y++) {
                for (int x = r[0]; x < r[0] + r[2]; x++) {
                    p[y * width + x] = 0.9f;
                }
            }
        }
        return p;
    }

    @Test
    void aWordBecomesOneBoxGrownBeyondTheShrunkTextTheNetworkMarks() {
        List<TextRegions.Region> found = TextRegions.find(map(W, H, new int[] {20, 30, 60, 10}), W, H);

        assertEquals(1, found.size());
        TextRegions.Region box = found.get(0);
        // Grown by area * 1.5 / perimeter = 600 * 1.5 / 140 = 6.4 on each side.
        assertEquals(60 + 2 * 6.4, box.width(), 1.0);
        assertEquals(10 + 2 * 6.4, box.height(), 1.0);
        assertEquals(0.9f, box.score(), 1e-6);
        assertEquals(20 - 6.4, box.x()[0], 1.0);
        assertEquals(30 - 6.4, box.y()[0], 1.0);
    }

    @Test
    void wordsOfOneLineAreJoinedLinesAboveOneAnotherAreNot() {
        float[] twoLines = map(
                W,
                H,
                new int[] {20, 30, 60, 10}, // "Coca"
                new int[] {90, 30, 50, 10}, // "Cola", a word space after it
                new int[] {20, 70, 120, 10}); // the line below

        List<TextRegions.Region> found = TextRegions.find(twoLines, W, H);

        assertEquals(2, found.size(), found.toString());
        assertTrue(
                found.get(0).width() > 120,
                "both words in the first line: " + found.get(0).width());
        assertTrue(found.get(0).y()[0] < found.get(1).y()[0], "top to bottom");
    }

    @Test
    void textRunningDownJoinsAlongItsDirection() {
        float[] running = map(H, W, new int[] {30, 20, 10, 60}, new int[] {30, 90, 10, 50});

        List<TextRegions.Region> found = TextRegions.find(running, H, W);

        assertEquals(1, found.size(), found.toString());
        assertTrue(
                found.get(0).height() > 120,
                "one line running down: " + found.get(0).height());
    }

    @Test
    void aSmallCaptionBesideAHeadlineIsAnotherLine() {
        float[] mixed = map(W, H, new int[] {20, 30, 60, 30}, new int[] {90, 45, 50, 8});

        assertEquals(2, TextRegions.find(mixed, W, H).size());
    }

    @Test
    void specklesAndFaintTextAreNoBoxes() {
        float[] p = map(W, H, new int[] {10, 10, 2, 2});
        for (int x = 50; x < 120; x++) {
            for (int y = 60; y < 75; y++) {
                p[y * W + x] = 0.5f; // above the pixel threshold, under the box threshold
            }
        }

        assertEquals(List.of(), TextRegions.find(p, W, H));
    }
}
