package org.taxonomist.registry;

import java.util.Map;
import org.taxonomist.models.ensemble.Ensemble;

/**
 * A field's active model version, deserialised and ready to predict.
 *
 * @param autofillThresholds per promised precision, each term's autofill threshold (NaN: left to review)
 */
public record ActiveModel(
        String field, int version, String source, Ensemble ensemble, Map<Double, float[]> autofillThresholds) {}
