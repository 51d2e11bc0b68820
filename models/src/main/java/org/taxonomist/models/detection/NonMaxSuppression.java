package org.taxonomist.models.detection;

import java.util.ArrayList;
import java.util.List;
import org.taxonomist.models.detection.HeatmapPeaks.Candidate;

/**
 * Greedy non-maximum suppression per class: best first, a box overlapping a kept box of its class
 * by IoU at least the limit (TF.js's rule) is dropped. Per class, unlike Human, which suppresses
 * across classes: a cup standing on a table overlaps it, and a keyword list wants both. Twenty
 * lines; no maintained Java library offers it outside a detector's translator.
 */
public final class NonMaxSuppression {

    private NonMaxSuppression() {}

    /** @param sorted candidates, best first */
    public static List<Candidate> apply(List<Candidate> sorted, float minScore, float maxOverlap, int maxBoxes) {
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : sorted) {
            if (kept.size() == maxBoxes || candidate.score() < minScore) {
                break;
            }
            if (kept.stream()
                    .noneMatch(k -> k.classIndex() == candidate.classIndex() && overlap(k, candidate) >= maxOverlap)) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    /** Intersection over union of two boxes. */
    static float overlap(Candidate a, Candidate b) {
        float w = Math.min(a.x2(), b.x2()) - Math.max(a.x1(), b.x1());
        float h = Math.min(a.y2(), b.y2()) - Math.max(a.y1(), b.y1());
        if (w <= 0 || h <= 0) {
            return 0;
        }
        float intersection = w * h;
        float union = area(a) + area(b) - intersection;
        return union <= 0 ? 0 : intersection / union;
    }

    private static float area(Candidate c) {
        return Math.max(0, c.x2() - c.x1()) * Math.max(0, c.y2() - c.y1());
    }
}
