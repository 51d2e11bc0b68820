package org.taxonomist.models.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Every row's most similar rows before it by cosine, exactly: the rows (assets' embeddings, in upload order) are
 * scaled to length 1 and their dot products computed as matrix products of a block of rows with all rows before it,
 * on PyTorch. A whole collection's check for near-duplicates compares each asset with the older ones; an
 * approximate graph index searched asset by asset does that far slower (README, "Near-duplicates": 100,000 assets in
 * 72 s on 2 cores, against minutes for the index's searches), and this one misses none.
 */
public final class OlderNeighbours {

    /** Rows compared at once: a block's similarities take BLOCK × rows × 4 bytes (400 MB at 100,000 rows). */
    static final int BLOCK = 1024;

    /** A row before another, and their cosine. */
    public record Neighbour(int row, float similarity) {}

    private OlderNeighbours() {}

    /**
     * For each row, up to {@code k} rows before it, most similar first.
     *
     * @param rows     vectors of one dimension; one with no length is similar to none (cosine 0)
     * @param progress told how many rows are done after each block
     */
    public static List<List<Neighbour>> of(float[][] rows, int k, IntConsumer progress) {
        return of(rows, k, BLOCK, progress);
    }

    static List<List<Neighbour>> of(float[][] vectors, int k, int block, IntConsumer progress) {
        int n = vectors.length;
        List<List<Neighbour>> nearest = new ArrayList<>(n);
        if (n == 0) {
            return nearest;
        }
        try (NDManager manager = DjlRuntime.newCpuManager()) {
            NDArray all = units(manager, vectors);
            NDArray later = manager.create(laterMask(block), new Shape(block, block));
            for (int start = 0; start < n; start += block) {
                int end = Math.min(n, start + block);
                try (NDManager part = manager.newSubManager()) {
                    NDArray rows = all.get(start + ":" + end);
                    NDArray before = all.get("0:" + end);
                    rows.attach(part);
                    before.attach(part);
                    NDArray similarities = rows.matMul(before.transpose());
                    // Within the block itself only the earlier rows count: the others are pushed below any cosine.
                    NDIndex own = new NDIndex(":, " + start + ":");
                    similarities.set(
                            own, similarities.get(own).add(later.get("0:" + (end - start) + ", 0:" + (end - start))));
                    NDList top = similarities.topK(Math.min(k, end), 1, true, true);
                    float[] values = top.get(0).toFloatArray();
                    long[] indices = top.get(1).toLongArray();
                    int width = values.length / (end - start);
                    for (int r = 0; r < end - start; r++) {
                        List<Neighbour> row = new ArrayList<>(width);
                        for (int c = r * width; c < (r + 1) * width; c++) {
                            if (indices[c] < start + r) {
                                row.add(new Neighbour((int) indices[c], values[c]));
                            }
                        }
                        nearest.add(row);
                    }
                }
                progress.accept(end);
            }
        }
        return nearest;
    }

    /** The vectors scaled to length 1, as one matrix. */
    private static NDArray units(NDManager manager, float[][] vectors) {
        int dimension = vectors[0].length;
        float[] flat = new float[vectors.length * dimension];
        for (int i = 0; i < vectors.length; i++) {
            double norm = 0;
            for (float value : vectors[i]) {
                norm += (double) value * value;
            }
            double scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
            for (int d = 0; d < dimension; d++) {
                flat[i * dimension + d] = (float) (vectors[i][d] * scale);
            }
        }
        return manager.create(flat, new Shape(vectors.length, dimension));
    }

    /** 0 where the column's row comes before the row's, far below any cosine elsewhere. */
    private static float[] laterMask(int block) {
        float[] mask = new float[block * block];
        for (int r = 0; r < block; r++) {
            for (int c = r; c < block; c++) {
                mask[r * block + c] = -10f;
            }
        }
        return mask;
    }
}
