package org.taxonomist.tagging;

import java.util.ArrayList;
import java.util.List;

/**
 * What a model says about one field of one asset: each term's probability, and the threshold
 * from which the term is worth a librarian's look.
 *
 * @param source where it came from, with the version, e.g. "model:Subject v3"
 */
public record FieldPrediction(String source, List<String> terms, float[] probabilities, float[] thresholds) {

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
