package org.taxonomist.models.ensemble;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.taxonomist.models.evaluation.Folds;
import org.taxonomist.models.evaluation.Metrics;
import org.taxonomist.models.evaluation.ThresholdTuning;

/**
 * Finding, fitting, choosing and reading {@link Combiner}s.
 *
 * <pre>{@code
 * // members: held-out (out-of-bag) probabilities of each backbone's bagged head, aligned n × T
 * int[] folds = Folds.stratified(truth, 5, 42L);
 * CombinerChoice choice = Combiners.choose(members, truth, folds, 1.0, 0.4f);
 * Combiner combiner = Combiners.fit(choice.winner(), members, truth, CombinerSettings.defaults());
 * float[] thresholds = ThresholdTuning.tune(combiner.combine(members), truth, 1.0, 0.4f, 5);
 * }</pre>
 */
public final class Combiners {

    /** Every combiner, simplest first (the order of preference when two score the same). */
    public static final List<String> NAMES = List.of(
            Elementwise.AVERAGE.name(),
            Vote.NAME,
            Elementwise.UNION.name(),
            Elementwise.INTERSECTION.name(),
            Stacker.NAME);

    private Combiners() {}

    /**
     * The combiner of that name with no training: average, vote (every member at 0.5), union or
     * intersection. A stacker has to be trained: use {@link Stacker#fit} or {@link #fit}.
     */
    public static Combiner byName(String name) {
        return switch (name) {
            case "average" -> Elementwise.AVERAGE;
            case Vote.NAME -> new Vote();
            case "union" -> Elementwise.UNION;
            case "intersection" -> Elementwise.INTERSECTION;
            case Stacker.NAME ->
                throw new IllegalArgumentException("A stacker must be trained: use Stacker.fit or Combiners.fit");
            default -> throw new IllegalArgumentException("Unknown combiner " + name + "; known: " + NAMES);
        };
    }

    /**
     * The combiner of that name fitted to held-out member predictions: the vote uses each member's
     * tuned thresholds, the stacker is trained; the others need no fitting.
     */
    public static Combiner fit(String name, List<float[][]> members, boolean[][] truth, CombinerSettings settings) {
        return switch (name) {
            case Vote.NAME -> Vote.fit(members, truth, settings.beta(), settings.fallback(), settings.minPositives());
            case Stacker.NAME -> Stacker.fit(members, truth, settings.stacker());
            default -> byName(name);
        };
    }

    /** {@link #choose(List, boolean[][], int[], CombinerSettings)} with the default settings for this beta and fallback. */
    public static CombinerChoice choose(
            List<float[][]> members, boolean[][] truth, int[] folds, double beta, float fallback) {
        return choose(members, truth, folds, CombinerSettings.of(beta, fallback));
    }

    /**
     * Picks the combiner for one field by cross-validation. For each fold, each candidate is
     * fitted on the other folds, its thresholds are tuned there (F-beta, with the fallback for rare
     * terms), and it predicts the fold; the held-out predictions of all folds together are scored
     * by macro-F1. Folds run in parallel on the common fork-join pool; the result does not depend
     * on it. Assets with a NaN from any member (no held-out prediction) take no part. The best
     * score wins; on a tie, the candidate listed first. (The stacker's thresholds are tuned on the
     * assets it was trained on; small and L2-regularised, it gains little from that. It is also
     * by far the slowest candidate: leave it out of {@link CombinerSettings#candidates()} for
     * quick runs.)
     *
     * @param members held-out probabilities, one aligned n × T matrix per member
     * @param truth   {@code truth[i][t]}: asset i has term t
     * @param folds   fold index of each asset, as from {@link Folds#stratified}
     */
    public static CombinerChoice choose(
            List<float[][]> members, boolean[][] truth, int[] folds, CombinerSettings settings) {
        int termCount = Members.check(members, truth.length);
        if (folds.length != truth.length) {
            throw new IllegalArgumentException(folds.length + " fold indices for " + truth.length + " assets");
        }
        int[] usable = complete(members, truth.length, termCount);
        if (usable.length == 0) {
            throw new IllegalArgumentException("No asset has a prediction from every member");
        }
        List<float[][]> usableMembers = Members.select(members, usable);
        boolean[][] usableTruth = Members.select(truth, usable);
        int[] usableFolds = new int[usable.length];
        for (int r = 0; r < usable.length; r++) {
            usableFolds[r] = folds[usable[r]];
        }
        int foldCount = Folds.count(usableFolds);

        Map<String, Double> scores = new LinkedHashMap<>();
        String winner = null;
        double best = Double.NEGATIVE_INFINITY;
        for (String name : settings.candidates()) {
            boolean[][] predicted = new boolean[usable.length][termCount];
            IntStream.range(0, foldCount)
                    .parallel()
                    .forEach(
                            fold -> { // folds write disjoint rows
                                int[] test = Folds.inFold(usableFolds, fold);
                                int[] train = Folds.outsideFold(usableFolds, fold);
                                if (test.length == 0 || train.length == 0) {
                                    return;
                                }
                                List<float[][]> trainMembers = Members.select(usableMembers, train);
                                boolean[][] trainTruth = Members.select(usableTruth, train);
                                Combiner combiner = fit(name, trainMembers, trainTruth, settings);
                                float[] thresholds = ThresholdTuning.tune(
                                        combiner.combine(trainMembers),
                                        trainTruth,
                                        settings.beta(),
                                        settings.fallback(),
                                        settings.minPositives());
                                boolean[][] foldPredictions = Metrics.predict(
                                        combiner.combine(Members.select(usableMembers, test)), thresholds);
                                for (int r = 0; r < test.length; r++) {
                                    predicted[test[r]] = foldPredictions[r];
                                }
                            });
            double score = Metrics.macroF1(predicted, usableTruth);
            scores.put(name, score);
            if (score > best) {
                best = score;
                winner = name;
            }
        }
        return new CombinerChoice(winner, scores);
    }

    /** Reads {@link Combiner#toBytes()} output; rejects other data and unknown format versions. */
    public static Combiner fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != CombinerFormat.MAGIC) {
                throw new IllegalArgumentException("Not a serialised combiner");
            }
            int version = in.readInt();
            if (version != CombinerFormat.VERSION) {
                throw new IllegalArgumentException("Unsupported combiner format version " + version
                        + " (this build reads " + CombinerFormat.VERSION + ")");
            }
            String name = in.readUTF();
            Combiner combiner = switch (name) {
                case Vote.NAME -> readVote(in);
                case Stacker.NAME -> Stacker.read(in);
                default -> byName(name);
            };
            if (in.read() != -1) {
                throw new IllegalArgumentException("Trailing bytes after the serialised combiner");
            }
            return combiner;
        } catch (IOException e) {
            throw new IllegalArgumentException("Truncated or corrupt serialised combiner", e);
        }
    }

    private static Vote readVote(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return new Vote();
        }
        int memberCount = in.readInt();
        int termCount = in.readInt();
        if (memberCount < 1 || termCount < 0) {
            throw new IllegalArgumentException(
                    "Corrupt serialised vote: " + memberCount + " members, " + termCount + " terms");
        }
        float[][] thresholds = new float[memberCount][];
        for (int m = 0; m < memberCount; m++) {
            thresholds[m] = CombinerFormat.readFloats(in, termCount);
        }
        return new Vote(thresholds);
    }

    /** The assets for which no member has a NaN. */
    private static int[] complete(List<float[][]> members, int n, int termCount) {
        int[] rows = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            boolean ok = true;
            for (float[][] member : members) {
                for (int t = 0; t < termCount && ok; t++) {
                    ok = !Float.isNaN(member[i][t]);
                }
            }
            if (ok) {
                rows[count++] = i;
            }
        }
        return Arrays.copyOf(rows, count);
    }
}
