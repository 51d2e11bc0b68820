package org.taxonomist.models.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.taxonomist.models.evaluation.Folds;

class CombinersTest {

    private static final float[][] A = {{0.2f, 0.9f}};
    private static final float[][] B = {{0.6f, 0.3f}};
    private static final float[][] C = {{0.4f, 0.6f}};
    private static final List<float[][]> MEMBERS = List.of(A, B, C);

    @Test
    void combinesElementWise() {
        assertArrayEquals(
                new float[] {(0.2f + 0.6f + 0.4f) / 3, (0.9f + 0.3f + 0.6f) / 3},
                Combiners.byName("average").combine(MEMBERS)[0]);
        assertArrayEquals(new float[] {0.6f, 0.9f}, Combiners.byName("union").combine(MEMBERS)[0]);
        assertArrayEquals(
                new float[] {0.2f, 0.3f}, Combiners.byName("intersection").combine(MEMBERS)[0]);
        assertArrayEquals(new float[] {1 / 3f, 2 / 3f}, Combiners.byName("vote").combine(MEMBERS)[0]);
        Vote tuned = new Vote(new float[][] {{0.1f, 0.95f}, {0.7f, 0.3f}, {0.4f, 0.5f}});
        assertArrayEquals(new float[] {2 / 3f, 2 / 3f}, tuned.combine(MEMBERS)[0]);
        for (String name : List.of("average", "union", "intersection")) {
            float[][] withGap = Combiners.byName(name).combine(List.of(new float[][] {{Float.NaN, 0.5f}}, B));
            assertTrue(Float.isNaN(withGap[0][0]), name);
        }
        assertArrayEquals(new float[] {0.5f, 0f}, new Vote().combine(List.of(new float[][] {{Float.NaN, 0.1f}}, B))[0]);
    }

    @Test
    void knowsItsNames() {
        for (String name : Combiners.NAMES) {
            if (!name.equals("stacker")) {
                assertEquals(name, Combiners.byName(name).name());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Combiners.byName("stacker"));
        IllegalArgumentException unknown =
                assertThrows(IllegalArgumentException.class, () -> Combiners.byName("median"));
        assertTrue(unknown.getMessage().contains("average"), unknown.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> Combiners.byName("average").combine(List.of(A, new float[2][2])));
        assertThrows(IllegalArgumentException.class, () -> new Vote(new float[][] {{0.5f, 0.5f}}).combine(MEMBERS));
    }

    @Test
    void roundTripsEveryCombinerExactly() {
        Problem p = Problem.eitherSignal(300, 21);
        List<Combiner> combiners = List.of(
                Combiners.byName("average"),
                Combiners.byName("vote"),
                Combiners.byName("union"),
                Combiners.byName("intersection"),
                Vote.fit(p.members, p.truth, 1.0, 0.4f, 5),
                Stacker.fit(p.members, p.truth, new StackerSettings(8, 3, 0.01, 1e-4, 32, 1L)));
        for (Combiner combiner : combiners) {
            byte[] bytes = combiner.toBytes();
            Combiner copy = Combiners.fromBytes(bytes);
            assertEquals(combiner, copy, combiner.name());
            assertEquals(combiner.name(), copy.name());
            assertArrayEquals(bytes, copy.toBytes(), combiner.name());
            assertTrue(Arrays.deepEquals(combiner.combine(p.members), copy.combine(p.members)), combiner.name());
        }
        assertNull(((Vote) Combiners.fromBytes(new Vote().toBytes())).memberThresholds());
    }

    @Test
    void rejectsForeignAndTruncatedBytes() {
        byte[] bytes = new Vote(new float[][] {{0.5f}, {0.2f}}).toBytes();
        assertThrows(IllegalArgumentException.class, () -> Combiners.fromBytes(Arrays.copyOf(bytes, bytes.length - 2)));
        assertThrows(IllegalArgumentException.class, () -> Combiners.fromBytes("not a combiner".getBytes()));
        assertThrows(IllegalArgumentException.class, () -> Combiners.fromBytes(Arrays.copyOf(bytes, bytes.length + 1)));
        byte[] future = bytes.clone();
        future[7] = 2;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Combiners.fromBytes(future));
        assertTrue(e.getMessage().contains("version 2"), e.getMessage());
    }

    @Test
    void choosesTheUnionWhenEitherMemberSeesTheTerm() {
        Problem p = Problem.eitherSignal(600, 5);
        int[] folds = Folds.stratified(p.truth, 5, 1L);
        CombinerChoice simple = Combiners.choose(
                p.members,
                p.truth,
                folds,
                CombinerSettings.defaults().withCandidates(List.of("average", "union", "intersection")));
        assertEquals("union", simple.winner());
        assertTrue(simple.macroF1().get("union") > 0.97, simple.toString());
        assertTrue(simple.macroF1().get("average") < simple.macroF1().get("union") - 0.05, simple.toString());
        assertTrue(simple.macroF1().get("intersection") < simple.macroF1().get("average"), simple.toString());

        CombinerChoice all = Combiners.choose(p.members, p.truth, folds, 1.0, 0.4f);
        assertEquals(Combiners.NAMES, List.copyOf(all.macroF1().keySet()));
        double best = all.macroF1().values().stream()
                .mapToDouble(Double::doubleValue)
                .max()
                .orElseThrow();
        assertEquals(best, all.macroF1().get(all.winner()));
        assertTrue(all.macroF1().get("stacker") > 0.95, all.toString()); // a stacker can learn the OR too
        assertEquals(all, Combiners.choose(p.members, p.truth, folds, 1.0, 0.4f));
    }

    @Test
    void leavesOutAssetsWithoutHeldOutPredictions() {
        Problem p = Problem.eitherSignal(400, 8);
        float[][] gappy = p.members.get(0).clone();
        for (int i = 0; i < gappy.length; i += 4) {
            gappy[i] = new float[] {Float.NaN};
        }
        List<float[][]> members = List.of(gappy, p.members.get(1));
        int[] folds = Folds.stratified(p.truth, 4, 2L);
        CombinerChoice choice = Combiners.choose(
                members,
                p.truth,
                folds,
                CombinerSettings.defaults().withCandidates(List.of("average", "union", "stacker")));
        assertEquals("union", choice.winner(), choice.toString());
    }

    /** Two members, one term: positive when member A's signal or member B's signal is there. */
    record Problem(List<float[][]> members, boolean[][] truth) {

        static Problem eitherSignal(int n, long seed) {
            Random random = new Random(seed);
            float[][] a = new float[n][1];
            float[][] b = new float[n][1];
            boolean[][] truth = new boolean[n][1];
            for (int i = 0; i < n; i++) {
                boolean first = random.nextDouble() < 0.2;
                boolean second = random.nextDouble() < 0.2;
                // a member that sees its signal says 0.6..1, otherwise 0..0.5
                a[i][0] = (float) (first ? 0.6 + 0.4 * random.nextDouble() : 0.5 * random.nextDouble());
                b[i][0] = (float) (second ? 0.6 + 0.4 * random.nextDouble() : 0.5 * random.nextDouble());
                truth[i][0] = first || second;
            }
            return new Problem(List.of(a, b), truth);
        }
    }

    @Test
    void settingsRefuseUnknownCombiners() {
        assertThrows(
                IllegalArgumentException.class,
                () -> CombinerSettings.defaults().withCandidates(List.of("median")));
        assertThrows(
                IllegalArgumentException.class,
                () -> CombinerSettings.defaults().withCandidates(List.of()));
        assertNotEquals(CombinerSettings.defaults(), CombinerSettings.of(2.0, 0.4f));
    }
}
