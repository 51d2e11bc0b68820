package org.taxonomist.models.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static final double EPS = 1e-12;

    // 5 assets, terms cat (3 true), dog (1 true), rare (never true)
    private static final boolean[][] TRUTH = {
        {true, false, false},
        {true, true, false},
        {true, false, false},
        {false, false, false},
        {false, false, false},
    };
    private static final boolean[][] PREDICTED = {
        {true, false, false}, // cat tp
        {false, true, false}, // cat fn, dog tp
        {true, true, false}, // cat tp, dog fp
        {true, false, true}, // cat fp, rare fp
        {false, false, false}, // nothing: not filled
    };
    private static final List<String> TERMS = List.of("cat", "dog", "rare");

    @Test
    void scoresEachTermAndTheField() {
        Evaluation e = Evaluation.of(PREDICTED, TRUTH, TERMS);
        TermMetrics cat = e.label("cat"); // tp 2, fp 1, fn 1
        assertEquals(2 / 3.0, cat.precision(), EPS);
        assertEquals(2 / 3.0, cat.recall(), EPS);
        assertEquals(2 / 3.0, cat.f1(), EPS);
        assertEquals(3, cat.support());
        TermMetrics dog = e.label("dog"); // tp 1, fp 1, fn 0
        assertEquals(0.5, dog.precision(), EPS);
        assertEquals(1.0, dog.recall(), EPS);
        assertEquals(2 / 3.0, dog.f1(), EPS);
        TermMetrics rare = e.label("rare"); // tp 0, fp 1
        assertEquals(new TermMetrics("rare", 0, 0, 0, 0), rare);
        // micro: tp 3, fp 3, fn 1 -> 6 / (6 + 4)
        assertEquals(0.6, e.microF1(), EPS);
        // macro over cat and dog only (rare has no support)
        assertEquals(2 / 3.0, e.macroF1(), EPS);
        assertEquals(0.8, e.fillingRate(), EPS);
        assertEquals(e.macroF1(), Metrics.macroF1(PREDICTED, TRUTH), EPS);
    }

    @Test
    void averagePrecisionRanksWhateverTheThreshold() {
        // Term 0: positives ranked 1st and 3rd → (1/1 + 2/3) / 2. Term 1: no positive, left out.
        // The NaN row (no prediction) is not ranked.
        float[][] probabilities = {{0.9f, 0.1f}, {0.8f, 0.2f}, {0.7f, 0.3f}, {Float.NaN, 0.4f}};
        boolean[][] truth = {{true, false}, {false, false}, {true, false}, {true, false}};
        assertEquals((1 + 2.0 / 3) / 2, Metrics.macroAveragePrecision(probabilities, truth), 1e-12);
        float[][] perfect = {{0.2f, 0f}, {0.1f, 0f}, {0.15f, 0f}, {0f, 0f}};
        assertEquals(1.0, Metrics.macroAveragePrecision(perfect, new boolean[][] {
            {true, false}, {false, false}, {true, false}, {false, false}
        }));
    }

    @Test
    void cutsProbabilitiesAtTheThresholdInclusive() {
        float[][] probabilities = {{0.9f, 0.1f}, {0.5f, 0.3f}, {0.49f, Float.NaN}};
        float[] thresholds = {0.5f, 0.3f};
        boolean[][] predicted = Metrics.predict(probabilities, thresholds);
        assertEquals(
                List.of(true, false, true, true, false, false),
                List.of(
                        predicted[0][0],
                        predicted[0][1],
                        predicted[1][0],
                        predicted[1][1],
                        predicted[2][0],
                        predicted[2][1]));
        boolean[][] truth = {{true, false}, {true, true}, {false, true}};
        Evaluation e = Evaluation.of(probabilities, thresholds, truth, List.of("a", "b"));
        assertEquals(1.0, e.label("a").f1(), EPS);
        assertEquals(0.5, e.label("b").recall(), EPS);
        assertEquals(2 / 3.0, e.fillingRate(), EPS);
    }

    @Test
    void writesTheAgreedJson() {
        boolean[][] truth = {{true, false}, {false, true}};
        boolean[][] predicted = {{true, false}, {false, false}};
        String json = Evaluation.of(predicted, truth, List.of("cat", "dog")).toJson();
        assertEquals(
                "{\"micro_f1\":0.6666666666666666,\"macro_f1\":0.5,\"filling_rate\":0.5,\"labels\":{"
                        + "\"cat\":{\"precision\":1.0,\"recall\":1.0,\"f1\":1.0,\"support\":1},"
                        + "\"dog\":{\"precision\":0.0,\"recall\":0.0,\"f1\":0.0,\"support\":1}}}",
                json);
    }

    @Test
    void escapesTermNames() throws Exception {
        List<String> terms = List.of(
                "say \"hi\"",
                "back\\slash",
                "line\nbreak\ttab\u0001",
                "caf\u00e9 \ud83d\udcf7",
                "lone\ud800",
                "\u2028");
        boolean[][] truth = {{true, true, true, true, true, true}};
        String json = Evaluation.of(truth, truth, terms).toJson();
        JsonNode labels = new ObjectMapper().readTree(json).get("labels");
        List<String> names = new ArrayList<>();
        labels.fieldNames().forEachRemaining(names::add);
        assertEquals(terms, names);
        for (String name : names) {
            assertEquals(1, labels.get(name).get("support").asInt());
        }
        String expectedStart =
                "{\"micro_f1\":1.0,\"macro_f1\":1.0,\"filling_rate\":1.0,\"labels\":{\"say \\\"hi\\\"\":";
        assertEquals(expectedStart, json.substring(0, expectedStart.length()));
        assertTrue(json.contains("\"line\\nbreak\\ttab\\u0001\""));
        assertTrue(json.contains("\"lone\\ud800\""));
        assertTrue(json.contains("\"\\u2028\""));
        assertTrue(json.contains("caf\u00e9 \ud83d\udcf7"));
    }

    @Test
    void handlesEdgeCases() {
        Evaluation empty = Evaluation.of(new boolean[0][], new boolean[0][], List.of("a"));
        assertEquals(0, empty.macroF1());
        assertEquals(0, empty.fillingRate());
        assertEquals(1, empty.labels().size());
        assertThrows(IllegalArgumentException.class, () -> Evaluation.of(PREDICTED, TRUTH, List.of("a", "a", "b")));
        assertThrows(IllegalArgumentException.class, () -> Evaluation.of(PREDICTED, TRUTH, List.of("a", "b")));
        assertThrows(IllegalArgumentException.class, () -> Evaluation.of(new boolean[2][3], TRUTH, TERMS));
        assertEquals(0.0, Metrics.fBeta(0, 5, 5, 1));
        // F2 weighs recall: tp 1, fp 0, fn 1 -> 5 / (5 + 4)
        assertEquals(5 / 9.0, Metrics.fBeta(1, 0, 1, 2), EPS);
    }
}
