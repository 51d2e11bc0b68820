package org.taxonomist.models.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * CenterNet's decoding ("Objects as Points", Zhou et al. 2019), as the graph of Human's detector
 * does it after its heatmap: a heatmap value that is the maximum of its 3×3 neighbourhood is an
 * object centre of its class; the best {@code candidates} centres, each with the box its size map
 * gives, go on to {@link NonMaxSuppression}. Done here rather than in the imported graph because
 * the graph's decoding ops (TopK, Gather, integer index arithmetic) have no place in the importer.
 */
public final class HeatmapPeaks {

    /** A box in input pixels. */
    public record Candidate(int classIndex, float score, float x1, float y1, float x2, float y2) {}

    private HeatmapPeaks() {}

    /**
     * @param heatmap    class scores, planar {@code [classes, rows, columns]}
     * @param extents    distances from the centre to the left, top, right and bottom edge, planar {@code [4, rows, columns]}, in input pixels
     * @param stride     input pixels per map cell
     * @param candidates how many peaks to keep, best first
     */
    public static List<Candidate> decode(
            float[] heatmap, float[] extents, int classes, int rows, int columns, int stride, int candidates) {
        int plane = rows * columns;
        if (heatmap.length != classes * plane || extents.length != 4 * plane) {
            throw new IllegalArgumentException("Maps of " + heatmap.length + " and " + extents.length
                    + " values do not match " + classes + " classes of " + rows + " x " + columns);
        }
        List<Candidate> peaks = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            for (int y = 0; y < rows; y++) {
                for (int x = 0; x < columns; x++) {
                    float value = heatmap[c * plane + y * columns + x];
                    if (value > 0 && isPeak(heatmap, c * plane, rows, columns, y, x, value)) {
                        int cell = y * columns + x;
                        float cx = x * stride;
                        float cy = y * stride;
                        peaks.add(new Candidate(
                                c,
                                value,
                                cx - extents[cell],
                                cy - extents[plane + cell],
                                cx + extents[2 * plane + cell],
                                cy + extents[3 * plane + cell]));
                    }
                }
            }
        }
        peaks.sort(Comparator.comparingDouble((Candidate p) -> -p.score()));
        return peaks.size() > candidates ? List.copyOf(peaks.subList(0, candidates)) : peaks;
    }

    private static boolean isPeak(float[] map, int base, int rows, int columns, int y, int x, float value) {
        for (int dy = Math.max(0, y - 1); dy <= Math.min(rows - 1, y + 1); dy++) {
            for (int dx = Math.max(0, x - 1); dx <= Math.min(columns - 1, x + 1); dx++) {
                if (map[base + dy * columns + dx] > value) {
                    return false;
                }
            }
        }
        return true;
    }
}
