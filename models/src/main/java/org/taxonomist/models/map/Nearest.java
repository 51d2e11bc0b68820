package org.taxonomist.models.map;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/** The few nearest of many: the {@code k} smallest distances by insertion into a sorted array (k is small). */
final class Nearest {

    final int[] indices;
    final double[] distances;

    private Nearest(int[] indices, double[] distances) {
        this.indices = indices;
        this.distances = distances;
    }

    /** Of the indices 0..n-1 other than {@code except} (-1: none), the {@code k} with the smallest distance, nearest first. */
    static Nearest of(int n, int k, int except, IntToDoubleFunction distance) {
        int size = Math.min(k, except >= 0 ? n - 1 : n);
        int[] best = new int[size];
        double[] bestDistance = new double[size];
        Arrays.fill(bestDistance, Double.POSITIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            if (i == except) {
                continue;
            }
            double d = distance.applyAsDouble(i);
            if (size > 0 && d < bestDistance[size - 1]) {
                int at = size - 1;
                while (at > 0 && bestDistance[at - 1] > d) {
                    bestDistance[at] = bestDistance[at - 1];
                    best[at] = best[at - 1];
                    at--;
                }
                bestDistance[at] = d;
                best[at] = i;
            }
        }
        return new Nearest(best, bestDistance);
    }
}
