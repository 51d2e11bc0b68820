package org.taxonomist.models.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AutofillPlanTest {

    /**
     * Term 0: the 20 most probable of 40 assets are right but for the 4th and 18th, then the
     * rest are a coin toss. Term 1: never more right than wrong.
     */
    private static float[][] probabilities = new float[41][2];

    private static boolean[][] truth = new boolean[41][2];

    static {
        Random random = new Random(3);
        for (int i = 0; i < 40; i++) {
            probabilities[i][0] = 1 - i / 40f;
            truth[i][0] = i < 20 ? i != 3 && i != 17 : random.nextBoolean();
            probabilities[i][1] = random.nextFloat();
            truth[i][1] = i % 2 == 0;
        }
        probabilities[40] = new float[] {Float.NaN, Float.NaN}; // an asset every bag trained on
    }

    @Test
    void eachTermGetsTheLowestThresholdThatStillReachesThePrecision() {
        AutofillPlan plan = AutofillPlan.of(probabilities, truth, 0.85);
        // 17 right of the top 19 (0.895); the top 20 holds 18 of 20 (0.90); below, the coin tosses pull it under 0.85
        // soon.
        float threshold = plan.thresholds()[0];
        int filled = 0;
        int right = 0;
        for (int i = 0; i < 40; i++) {
            if (probabilities[i][0] >= threshold) {
                filled++;
                right += truth[i][0] ? 1 : 0;
            }
        }
        assertTrue(right >= 0.85 * filled, right + " of " + filled);
        assertTrue(filled >= 20, "the whole right-hand run is filled: " + filled);
        float lower = probabilities[filled][0];
        int rightBelow = right;
        for (int i = filled; i < 40; i++) {
            rightBelow += truth[i][0] ? 1 : 0;
            assertTrue(rightBelow < 0.85 * (i + 1), "no lower threshold reaches 0.85, yet " + lower + " would");
        }
        assertTrue(Float.isNaN(plan.thresholds()[1]), "a term no better than chance is left to review");
        assertEquals((double) right / filled, plan.expectedPrecision(), 1e-9);
        assertEquals(filled / 40.0, plan.coverage(), 1e-9, "the asset without a held-out prediction is not counted");
    }

    @Test
    void tooFewFillsPromiseNothingAndAPrecisionOutOfRangeIsRefused() {
        float[][] p = new float[9][1];
        boolean[][] t = new boolean[9][1];
        for (int i = 0; i < 9; i++) {
            p[i][0] = 0.9f;
            t[i][0] = true;
        }
        AutofillPlan plan = AutofillPlan.of(p, t, 0.5);
        assertTrue(
                Float.isNaN(plan.thresholds()[0]), "9 right of 9 is fewer than " + AutofillPlan.MIN_FILLED + " fills");
        assertEquals(0, plan.coverage());
        assertTrue(Double.isNaN(plan.expectedPrecision()));
        assertThrows(IllegalArgumentException.class, () -> AutofillPlan.of(p, t, 0));
        assertThrows(IllegalArgumentException.class, () -> AutofillPlan.of(p, t, 1.5));
    }
}
