package org.taxonomist.models.ensemble;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which head a backbone's bags use, and how each candidate ranked the assets it had not trained
 * on, for the training report and the console.
 *
 * @param backbone              the member's backbone key
 * @param winner                the label of the chosen recipe (e.g. "logistic C=0.1")
 * @param macroAveragePrecision every candidate's out-of-bag macro average precision, by label, in
 *                              the order tried (a logistic candidate too large to train is absent)
 */
public record HeadChoice(String backbone, String winner, Map<String, Double> macroAveragePrecision) {

    public HeadChoice {
        macroAveragePrecision = Collections.unmodifiableMap(new LinkedHashMap<>(macroAveragePrecision));
    }
}
