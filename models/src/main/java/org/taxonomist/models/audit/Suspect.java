package org.taxonomist.models.audit;

import java.util.List;
import java.util.Map;

/**
 * One labelled asset as the audit sees it, and the correction it proposes.
 *
 * @param asset    index of the asset in the audited rows
 * @param score    suspicion, higher first (see {@link SuspicionMethod})
 * @param current  the asset's terms now
 * @param proposed its terms after the correction: the audited terms the model puts above their
 *                 thresholds, most probable first (its most probable one if none), then the terms
 *                 the audit could not judge
 * @param probabilities the held-out probability of each audited term that is current, proposed or among the
 *                 {@value LabelAudit#RUNNERS_UP} most probable, most probable first: the evidence a librarian weighs
 *                 (empty when no bag left the asset out)
 */
public record Suspect(
        int asset, double score, List<String> current, List<String> proposed, Map<String, Float> probabilities) {

    public List<String> removed() {
        return current.stream().filter(t -> !proposed.contains(t)).toList();
    }

    public List<String> added() {
        return proposed.stream().filter(t -> !current.contains(t)).toList();
    }

    /**
     * The correction for a field that holds a single term: the most probable proposed term, or no
     * change when the current term is one the audit could not judge (too few labelled assets).
     */
    public Suspect singleValued(List<String> audited) {
        return new Suspect(
                asset, score, current, audited.containsAll(current) ? proposed.subList(0, 1) : current, probabilities);
    }

    public boolean changesSomething() {
        return !removed().isEmpty() || !added().isEmpty();
    }
}
