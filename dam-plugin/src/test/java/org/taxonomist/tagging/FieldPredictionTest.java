package org.taxonomist.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldPredictionTest {

    private static final float NONE = Float.NaN;

    /** Cat 0.9 (autofill from 0.8), dog 0.7 (from 0.6), bird 0.95 (left to review at 0.95), fish 0.2 (from 0.5). */
    private static final FieldPrediction PREDICTION = new FieldPrediction(
            "model:Animal v1",
            List.of("cat", "dog", "bird", "fish"),
            new float[] {0.9f, 0.7f, 0.95f, 0.2f},
            new float[] {0.5f, 0.5f, 0.5f, 0.5f},
            Map.of(0.95, new float[] {0.8f, 0.6f, NONE, 0.5f}));

    @Test
    void aMultiValuedFieldGetsEveryTermThatReachesItsOwnThresholdMostProbableFirst() {
        assertEquals(
                List.of(0, 1),
                PREDICTION.reaching(0.95, true),
                "bird cannot promise 0.95, fish is below its threshold");
    }

    @Test
    void aSingleValuedFieldGetsTheMostProbableTermOnlyIfThatTermReachesItsThreshold() {
        assertEquals(
                List.of(),
                PREDICTION.reaching(0.95, false),
                "bird is the most probable and cannot promise 0.95: review");
        FieldPrediction catFirst = new FieldPrediction(
                "model:Animal v1",
                List.of("cat", "dog"),
                new float[] {0.9f, 0.7f},
                new float[] {0.5f, 0.5f},
                Map.of(0.95, new float[] {0.8f, 0.6f}));
        assertEquals(List.of(0), catFirst.reaching(0.95, false));
    }

    @Test
    void aPrecisionTheVersionKeptNoPlanForFillsNothing() {
        assertEquals(List.of(), PREDICTION.reaching(0.9, true));
    }
}
