package org.taxonomist.models.similarity;

import java.util.Collection;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The assets that look most alike: cosine similarity of their embeddings, averaged over the backbones, compared
 * exhaustively. Exact and without an index, which suits the few thousand queries of an audit, each one pass over
 * the rows; a search of the whole collection on every request needs an index.
 */
public final class NearestNeighbours {

    private final List<float[][]> rows;
    /** Per backbone, each row's length: the rows are read, never copied, as a collection's embeddings are large. */
    private final List<double[]> norms;

    private NearestNeighbours(List<float[][]> rows) {
        this.rows = rows;
        this.norms = rows.stream().map(NearestNeighbours::norms).toList();
    }

    /** @param embeddings per backbone, one row per asset, the same assets in the same order */
    public static NearestNeighbours of(Collection<float[][]> embeddings) {
        return new NearestNeighbours(List.copyOf(embeddings));
    }

    /** The {@code k} rows most similar to {@code row}, most similar first, never {@code row} itself. */
    public int[] nearest(int row, int k) {
        // A min-heap of the best k so far: its head is the one the next better row replaces.
        PriorityQueue<Scored> best = new PriorityQueue<>();
        int n = rows.get(0).length;
        for (int other = 0; other < n; other++) {
            if (other == row) {
                continue;
            }
            double similarity = 0;
            for (int b = 0; b < rows.size(); b++) {
                double lengths = norms.get(b)[row] * norms.get(b)[other];
                similarity += lengths == 0 ? 0 : dot(rows.get(b)[row], rows.get(b)[other]) / lengths;
            }
            if (best.size() < k) {
                best.add(new Scored(other, similarity));
            } else if (similarity > best.peek().similarity()) {
                best.poll();
                best.add(new Scored(other, similarity));
            }
        }
        int[] nearest = new int[best.size()];
        for (int i = nearest.length - 1; i >= 0; i--) {
            nearest[i] = best.poll().row();
        }
        return nearest;
    }

    /** The cosine similarity of two embeddings, from -1 to 1; 0 when either has no length. */
    public static double cosine(float[] a, float[] b) {
        double lengths = Math.sqrt(dot(a, a) * dot(b, b));
        return lengths == 0 ? 0 : dot(a, b) / lengths;
    }

    private record Scored(int row, double similarity) implements Comparable<Scored> {

        @Override
        public int compareTo(Scored other) {
            return Double.compare(similarity, other.similarity);
        }
    }

    private static double[] norms(float[][] rows) {
        double[] norms = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            norms[i] = Math.sqrt(dot(rows[i], rows[i]));
        }
        return norms;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            sum += a[d] * b[d];
        }
        return sum;
    }
}
