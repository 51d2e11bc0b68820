package org.taxonomist.web;

import java.io.Serializable;
import java.util.List;
import org.taxonomist.dam.reference.TaxonomyField;

/**
 * A taxonomy field and its terms, for the dropdowns that filter and label assets.
 * {@code filledBy} names the model whose own classes fill the field; null for fields learnt from labels.
 */
public record FieldChoice(String name, boolean multiValued, List<String> terms, String filledBy) implements Serializable {

    public static FieldChoice of(TaxonomyField field) {
        return new FieldChoice(field.getName(), field.isMultiValued(), List.copyOf(field.getTerms()), field.getPretrainedModel());
    }
}
