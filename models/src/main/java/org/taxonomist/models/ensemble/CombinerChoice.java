package org.taxonomist.models.ensemble;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of {@link Combiners#choose}: which combiner a field should use, and how each
 * candidate scored, for the console and the training report.
 *
 * @param winner  the name of the combiner with the best cross-validated macro-F1
 * @param macroF1 every candidate's cross-validated macro-F1, by name, in the order tried
 */
public record CombinerChoice(String winner, Map<String, Double> macroF1) {

    public CombinerChoice {
        macroF1 = Collections.unmodifiableMap(new LinkedHashMap<>(macroF1));
    }
}
