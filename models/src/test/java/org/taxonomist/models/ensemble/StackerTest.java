package org.taxonomist.models.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.taxonomist.models.evaluation.Evaluation;
import org.taxonomist.models.evaluation.ThresholdTuning;

class StackerTest {

    /**
     * Three terms. Member "inverted" is confidently wrong in a fixed way (it says 1 - p); member
     * "swapped" gives term 0's evidence in column 1 and vice versa; term 2 is seen by neither but
     * equals term 0 AND term 1. An average cannot undo any of that; a stacker can.
     */
    private record Problem(List<float[][]> members, boolean[][] truth) {

        static Problem of(int n, long seed) {
            Random random = new Random(seed);
            float[][] inverted = new float[n][3];
            float[][] swapped = new float[n][3];
            boolean[][] truth = new boolean[n][3];
            for (int i = 0; i < n; i++) {
                boolean t0 = random.nextDouble() < 0.4;
                boolean t1 = random.nextDouble() < 0.5;
                truth[i] = new boolean[] {t0, t1, t0 && t1};
                double p0 = t0 ? 0.55 + 0.45 * random.nextDouble() : 0.45 * random.nextDouble();
                double p1 = t1 ? 0.55 + 0.45 * random.nextDouble() : 0.45 * random.nextDouble();
                inverted[i] = new float[] {(float) (1 - p0), (float) random.nextDouble(), (float) random.nextDouble()};
                swapped[i] = new float[] {(float) p1, (float) p0, (float) random.nextDouble()};
            }
            return new Problem(List.of(inverted, swapped), truth);
        }
    }

    private static double heldOutMacroF1(Combiner combiner, Problem train, Problem test) {
        return heldOutMacroF1(combiner, train, test, List.of("a", "b", "a and b"));
    }

    private static double heldOutMacroF1(Combiner combiner, Problem train, Problem test, List<String> terms) {
        float[] thresholds = ThresholdTuning.tune(combiner.combine(train.members), train.truth, 1.0, 0.4f, 5);
        return Evaluation.of(combiner.combine(test.members), thresholds, test.truth, terms)
                .macroF1();
    }

    @Test
    void learnsWhatAveragingCannot() {
        Problem train = Problem.of(2000, 1);
        Problem test = Problem.of(1000, 2);
        long started = System.nanoTime();
        Stacker stacker = Stacker.fit(train.members, train.truth, StackerSettings.defaults());
        double seconds = (System.nanoTime() - started) / 1e9;
        double stacked = heldOutMacroF1(stacker, train, test);
        double averaged = heldOutMacroF1(Combiners.byName("average"), train, test);
        System.out.printf(
                "Stacker: 2000 assets x 2 members x 3 terms trained in %.3f s; held-out macro-F1 %.4f (average %.4f)%n",
                seconds, stacked, averaged);
        assertTrue(stacked > 0.97, "stacker macro-F1 " + stacked);
        assertTrue(averaged < 0.75, "average macro-F1 " + averaged);
        assertEquals(2, stacker.memberCount());
        assertEquals(3, stacker.termCount());
        assertEquals("stacker", stacker.name());
    }

    @Test
    void keepsUpWithTheAverageOnAFieldOfManyTerms() {
        // 60 independent terms, three equally noisy members: the average is as good as it gets,
        // and 16 hidden units could not carry 60 terms; the direct per-term path does
        Random random = new Random(8);
        int n = 3000;
        int terms = 60;
        boolean[][] truth = new boolean[n][terms];
        List<float[][]> members = List.of(new float[n][terms], new float[n][terms], new float[n][terms]);
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < terms; t++) {
                truth[i][t] = random.nextDouble() < 0.1;
                for (float[][] member : members) {
                    member[i][t] =
                            (float) Math.min(1, Math.max(0, 0.2 * random.nextGaussian() + (truth[i][t] ? 0.6 : 0.3)));
                }
            }
        }
        int[] train = IntStream.range(0, 2000).toArray();
        int[] test = IntStream.range(2000, n).toArray();
        Problem trainPart = new Problem(Members.select(members, train), Members.select(truth, train));
        Problem testPart = new Problem(Members.select(members, test), Members.select(truth, test));
        List<String> names =
                IntStream.range(0, terms).mapToObj(t -> "term " + t).toList();
        Stacker stacker = Stacker.fit(trainPart.members, trainPart.truth, StackerSettings.defaults());
        double stacked = heldOutMacroF1(stacker, trainPart, testPart, names);
        double averaged = heldOutMacroF1(Combiners.byName("average"), trainPart, testPart, names);
        System.out.printf(
                "Stacker on 60 independent terms: held-out macro-F1 %.4f (average %.4f)%n", stacked, averaged);
        assertTrue(stacked > averaged - 0.03, "stacker " + stacked + ", average " + averaged);
    }

    @Test
    void isDeterministic() {
        Problem p = Problem.of(300, 3);
        StackerSettings settings = new StackerSettings(16, 5, 0.01, 1e-4, 64, 9L);
        assertArrayEquals(
                Stacker.fit(p.members, p.truth, settings).toBytes(),
                Stacker.fit(p.members, p.truth, settings).toBytes());
    }

    @Test
    void skipsAndPropagatesMissingPredictions() {
        Problem p = Problem.of(200, 4);
        List<float[][]> members = new ArrayList<>(p.members);
        float[][] gappy = members.get(0).clone();
        gappy[0] = new float[] {Float.NaN, 0.5f, 0.5f};
        members.set(0, gappy);
        Stacker stacker = Stacker.fit(members, p.truth, new StackerSettings(4, 2, 0.01, 1e-4, 32, 1L));
        float[][] combined = stacker.combine(members);
        for (float v : combined[0]) {
            assertTrue(Float.isNaN(v));
        }
        for (float v : combined[1]) {
            assertTrue(v > 0 && v < 1);
        }
        assertThrows(IllegalArgumentException.class, () -> stacker.combine(List.<float[][]>of(p.members.get(0))));
        assertThrows(
                IllegalArgumentException.class,
                () -> Stacker.fit(
                        List.<float[][]>of(new float[][] {{Float.NaN}}),
                        new boolean[][] {{true}},
                        StackerSettings.defaults()));
        assertThrows(IllegalArgumentException.class, () -> new StackerSettings(0, 1, 0.01, 0, 1, 1L));
    }

    /** {@code mvn ... -Dtaxonomist.benchmarks=true}: a field of realistic size. */
    @Test
    @EnabledIfSystemProperty(named = "taxonomist.benchmarks", matches = "true")
    void benchmarkFiftyThousandAssets() {
        int n = 50_000;
        int members = 3;
        int terms = 100;
        Random random = new Random(5);
        boolean[][] truth = new boolean[n][terms];
        List<float[][]> predictions = new ArrayList<>();
        for (int m = 0; m < members; m++) {
            predictions.add(new float[n][terms]);
        }
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < terms; t++) {
                truth[i][t] = random.nextDouble() < 0.05;
                for (int m = 0; m < members; m++) {
                    predictions.get(m)[i][t] =
                            (float) Math.min(1, Math.max(0, 0.2 * random.nextGaussian() + (truth[i][t] ? 0.6 : 0.3)));
                }
            }
        }
        long started = System.nanoTime();
        Stacker.fit(predictions, truth, StackerSettings.defaults());
        System.out.printf(
                "Stacker.fit: %d assets x %d members x %d terms, defaults, in %.1f s%n",
                n, members, terms, (System.nanoTime() - started) / 1e9);
    }
}
