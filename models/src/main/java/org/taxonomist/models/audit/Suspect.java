package org.taxonomist.models.audit;

import java.util.List;

/**
 * One labelled asset as the audit sees it, and the correction it proposes.
 *
 * @param asset    index of the asset in the audited rows
 * @param score    suspicion, higher first (see {@link SuspicionMethod})
 * @param current  the asset's terms now
 * @param proposed its terms after the correction: the audited terms the model puts above their
 *                 thresholds (its most probable one if none), plus the terms the audit could not judge
 */
public record Suspect(int asset, double score, List<String> current, List<String> proposed) {

    public List<String> removed() {
        return current.stream().filter(t -> !proposed.contains(t)).toList();
    }

    public List<String> added() {
        return proposed.stream().filter(t -> !current.contains(t)).toList();
    }

    public boolean changesSomething() {
        return !removed().isEmpty() || !added().isEmpty();
    }
}
