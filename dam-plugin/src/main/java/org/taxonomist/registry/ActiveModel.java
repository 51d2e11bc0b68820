package org.taxonomist.registry;

import org.taxonomist.models.ensemble.Ensemble;

/** A field's active model version, deserialised and ready to predict. */
public record ActiveModel(String field, int version, String source, Ensemble ensemble) {
}
