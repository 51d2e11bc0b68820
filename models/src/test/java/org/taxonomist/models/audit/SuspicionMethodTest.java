package org.taxonomist.models.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SuspicionMethodTest {

    static final float[] THRESHOLDS = {0.5f, 0.5f, 0.5f, 0.5f};
    static final boolean[] LABELS = {true, false, false, false};

    @Test
    void mseIsTheMeanSquaredDistanceToTheLabels() {
        assertEquals(
                (0.04 + 0.01 + 0 + 0) / 4,
                SuspicionMethod.MSE.score(LABELS, new float[] {0.8f, 0.1f, 0f, 0f}, THRESHOLDS),
                1e-6);
    }

    @Test
    void worstTermPoolingFlagsOneBadTermThatAveragingDilutes() {
        float[] oneWrongTerm = {0.02f, 0f, 0f, 0f}; // the labelled term is surely wrong, the rest agree
        float[] everythingSlightlyOff = {0.6f, 0.35f, 0.35f, 0.35f};
        assertTrue(
                SuspicionMethod.MSE.score(LABELS, oneWrongTerm, THRESHOLDS)
                        < 2 * SuspicionMethod.MSE.score(LABELS, everythingSlightlyOff, THRESHOLDS),
                "averaging dilutes the bad term");
        assertTrue(SuspicionMethod.WORST.score(LABELS, oneWrongTerm, THRESHOLDS) > 0.9);
        assertTrue(SuspicionMethod.WORST.score(LABELS, everythingSlightlyOff, THRESHOLDS) < 0.5);
    }

    @Test
    void confidentCountsOnlyTermsOnTheWrongSideOfTheirThreshold() {
        assertEquals(0, SuspicionMethod.CONFIDENT.score(LABELS, new float[] {0.55f, 0.45f, 0f, 0f}, THRESHOLDS));
        assertEquals(0.8, SuspicionMethod.CONFIDENT.score(LABELS, new float[] {0.1f, 0f, 0f, 0f}, THRESHOLDS), 1e-6);
        assertEquals(0.6, SuspicionMethod.CONFIDENT.score(LABELS, new float[] {0.9f, 0.8f, 0f, 0f}, THRESHOLDS), 1e-6);
    }

    @Test
    void namesAreReadForgivingly() {
        assertEquals(SuspicionMethod.WORST, SuspicionMethod.named(" Worst "));
        assertThrows(IllegalArgumentException.class, () -> SuspicionMethod.named("median"));
    }
}
