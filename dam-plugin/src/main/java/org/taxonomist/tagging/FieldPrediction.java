package org.taxonomist.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a model says about one field of one asset: each term's probability, the threshold from
 * which the term is worth a librarian's look, and, per promised precision, the threshold from
 * which it may fill an empty field by itself.
 *
 * @param source             where it came from, with the version, e.g. "model:Subject v3"
 * @param autofillThresholds per precision, each term's autofill threshold (NaN: left to review);
 *                           empty for the pre-trained networks' own classes
 */
public record FieldPrediction(
        String source,
        List<String> terms,
        float[] probabilities,
        float[] thresholds,
        Map<Double, float[]> autofillThresholds) {

    /** Indices of the terms to suggest, most probable first: all those that reach their threshold, or just the best one. */
    public List<Integer> suggested(boolean multiValued) {
        List<Integer> above = new ArrayList<>();
        for (int t = 0; t < terms.size(); t++) {
            if (probabilities[t] >= thresholds[t]) {
                above.add(t);
            }
        }
        above.sort((a, b) -> Float.compare(probabilities[b], probabilities[a]));
        return multiValued || above.isEmpty() ? above : above.subList(0, 1);
    }

    /**
     * Indices of the terms that reach their autofill threshold for the precision, most probable
     * first (a single-valued field: the most probable term, if it reaches its threshold).
     */
    public List<Integer> reaching(double precision, boolean multiValued) {
        float[] autofill = autofillThresholds.get(precision);
        List<Integer> reached = new ArrayList<>();
        if (autofill == null) {
            return reached;
        }
        if (!multiValued) {
            int best = best();
            return probabilities[best] >= autofill[best] ? List.of(best) : reached; // NaN never reaches
        }
        for (int t = 0; t < terms.size(); t++) {
            if (probabilities[t] >= autofill[t]) {
                reached.add(t);
            }
        }
        reached.sort((a, b) -> Float.compare(probabilities[b], probabilities[a]));
        return reached;
    }

    /** The index of the most probable term. */
    public int best() {
        int best = 0;
        for (int t = 1; t < probabilities.length; t++) {
            if (probabilities[t] > probabilities[best]) {
                best = t;
            }
        }
        return best;
    }
}
