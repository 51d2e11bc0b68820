package org.taxonomist.models.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Cross-validation folds for multi-label data. A plain random split can leave a rare term with
 * no positive at all in some fold, so its threshold or its score there means nothing; iterative
 * stratification (Sechidis, Tsoumakas &amp; Vlahavas, 2011) deals out each term's assets evenly,
 * rarest term first, and keeps the folds the same size.
 *
 * <pre>{@code
 * int[] fold = Folds.stratified(labels, 5, 42L);        // fold index of each asset, 0..4
 * int[] heldOut = Folds.inFold(fold, 0);                 // the assets of fold 0, ascending
 * int[] training = Folds.outsideFold(fold, 0);           // all the others
 * }</pre>
 */
public final class Folds {

    private Folds() {}

    /**
     * Assigns each asset to one of {@code k} folds by iterative stratification: repeatedly take the
     * term with the fewest unassigned positives (ties broken at random), and give each of its
     * unassigned assets to the fold that still wants most of that term, then the fold that wants
     * most assets, then at random. Assets without any term then go to the folds that want most
     * assets, so the fold sizes differ by at most one whenever the labelled assets allow it.
     *
     * @param labels {@code labels[i][t]}: asset i has term t
     * @param k      number of folds, at least 2
     * @param seed   the same labels, k and seed give the same folds
     * @return the fold index (0..k-1) of each asset
     */
    public static int[] stratified(boolean[][] labels, int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("Need at least 2 folds, got " + k);
        }
        int n = labels.length;
        int termCount = n == 0 ? 0 : labels[0].length;
        SplittableRandom random = new SplittableRandom(seed);

        // Assets of each term, in a seeded random order (the paper walks the data set in order; a
        // shuffled order makes the seed matter for data sets sorted by label).
        int[] order = permutation(n, random);
        List<List<Integer>> assetsOfTerm = new ArrayList<>(termCount);
        for (int t = 0; t < termCount; t++) {
            assetsOfTerm.add(new ArrayList<>());
        }
        int[] remaining = new int[termCount];
        for (int i : order) {
            if (labels[i].length != termCount) {
                throw new IllegalArgumentException(
                        "Asset " + i + " has " + labels[i].length + " labels, expected " + termCount);
            }
            for (int t = 0; t < termCount; t++) {
                if (labels[i][t]) {
                    assetsOfTerm.get(t).add(i);
                    remaining[t]++;
                }
            }
        }

        // Wishes are scaled by k so that they stay integers: wish = total - k * assigned.
        long[][] termWish = new long[k][termCount];
        for (int f = 0; f < k; f++) {
            for (int t = 0; t < termCount; t++) {
                termWish[f][t] = remaining[t];
            }
        }
        long[] sizeWish = new long[k];
        Arrays.fill(sizeWish, n);

        int[] fold = new int[n];
        Arrays.fill(fold, -1);
        int[] candidates = new int[k];
        while (true) {
            int term = rarestTerm(remaining, random);
            if (term < 0) {
                break;
            }
            for (int i : assetsOfTerm.get(term)) {
                if (fold[i] >= 0) {
                    continue;
                }
                int count = 0;
                long bestTerm = Long.MIN_VALUE;
                long bestSize = Long.MIN_VALUE;
                for (int f = 0; f < k; f++) {
                    long wt = termWish[f][term];
                    long ws = sizeWish[f];
                    if (wt > bestTerm || (wt == bestTerm && ws > bestSize)) {
                        bestTerm = wt;
                        bestSize = ws;
                        count = 0;
                    }
                    if (wt == bestTerm && ws == bestSize) {
                        candidates[count++] = f;
                    }
                }
                int chosen = candidates[count == 1 ? 0 : random.nextInt(count)];
                fold[i] = chosen;
                sizeWish[chosen] -= k;
                for (int t = 0; t < termCount; t++) {
                    if (labels[i][t]) {
                        termWish[chosen][t] -= k;
                        remaining[t]--;
                    }
                }
            }
        }

        for (int i : order) {
            if (fold[i] >= 0) {
                continue;
            }
            int count = 0;
            long best = Long.MIN_VALUE;
            for (int f = 0; f < k; f++) {
                if (sizeWish[f] > best) {
                    best = sizeWish[f];
                    count = 0;
                }
                if (sizeWish[f] == best) {
                    candidates[count++] = f;
                }
            }
            int chosen = candidates[count == 1 ? 0 : random.nextInt(count)];
            fold[i] = chosen;
            sizeWish[chosen] -= k;
        }
        return fold;
    }

    /** The assets of one fold (the held-out part), ascending. */
    public static int[] inFold(int[] folds, int fold) {
        return select(folds, fold, true);
    }

    /** The assets of every other fold (the training part), ascending. */
    public static int[] outsideFold(int[] folds, int fold) {
        return select(folds, fold, false);
    }

    /** Number of folds in a fold assignment: the largest index plus one. */
    public static int count(int[] folds) {
        int max = -1;
        for (int f : folds) {
            if (f < 0) {
                throw new IllegalArgumentException("Negative fold index " + f);
            }
            max = Math.max(max, f);
        }
        return max + 1;
    }

    private static int[] select(int[] folds, int fold, boolean inside) {
        int count = 0;
        for (int f : folds) {
            if ((f == fold) == inside) {
                count++;
            }
        }
        int[] selected = new int[count];
        int next = 0;
        for (int i = 0; i < folds.length; i++) {
            if ((folds[i] == fold) == inside) {
                selected[next++] = i;
            }
        }
        return selected;
    }

    /** The term with the fewest unassigned positives (at least one), ties at random; -1 when none is left. */
    private static int rarestTerm(int[] remaining, SplittableRandom random) {
        int best = Integer.MAX_VALUE;
        int chosen = -1;
        int ties = 0;
        for (int t = 0; t < remaining.length; t++) {
            int r = remaining[t];
            if (r == 0 || r > best) {
                continue;
            }
            if (r < best) {
                best = r;
                chosen = t;
                ties = 1;
            } else if (random.nextInt(++ties) == 0) { // reservoir sampling among equals
                chosen = t;
            }
        }
        return chosen;
    }

    /** A uniformly random order of 0 … n−1 (Fisher-Yates). */
    public static int[] permutation(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        return order;
    }
}
