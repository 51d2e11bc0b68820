package org.taxonomist.models.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Loops over rows in fixed chunks on a thread pool. The chunks do not depend on the number of
 * threads, and sums over rows add the chunks' partial sums in chunk order, so a fit gives the same
 * numbers on any number of threads.
 */
final class Chunked {

    private static final int CHUNK = 4096;

    private Chunked() {}

    interface Chunk {
        void run(int from, int to);
    }

    /** Runs {@code body} over [0, size) in chunks of {@value #CHUNK}, on the pool, and waits. */
    static void forEach(ExecutorService pool, int size, Chunk body) {
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int from = 0; from < size; from += CHUNK) {
            int start = from;
            int end = Math.min(size, from + CHUNK);
            tasks.add(() -> {
                body.run(start, end);
                return null;
            });
        }
        try {
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Fᵀ·F for the rows of F, summed chunk by chunk in order. */
    static double[][] gram(ExecutorService pool, double[][] rows, int k) {
        int chunks = (rows.length + CHUNK - 1) / CHUNK;
        double[][][] partial = new double[chunks][k][k];
        forEach(pool, rows.length, (from, to) -> {
            double[][] g = partial[from / CHUNK];
            for (int r = from; r < to; r++) {
                double[] row = rows[r];
                for (int j = 0; j < k; j++) {
                    double rj = row[j];
                    double[] gj = g[j];
                    for (int l = j; l < k; l++) {
                        gj[l] += rj * row[l];
                    }
                }
            }
        });
        double[][] g = new double[k][k];
        for (double[][] p : partial) {
            for (int j = 0; j < k; j++) {
                for (int l = j; l < k; l++) {
                    g[j][l] += p[j][l];
                }
            }
        }
        for (int j = 0; j < k; j++) {
            for (int l = 0; l < j; l++) {
                g[j][l] = g[l][j];
            }
        }
        return g;
    }
}
