package org.taxonomist.dam.reference.rest;

import java.util.List;
import java.util.Map;
import org.taxonomist.dam.reference.TaxonomyField;

/**
 * A taxonomy field as REST shows it: its definition and, by term in term order, the synonyms that
 * searches understand (terms without synonyms are left out).
 */
public record TaxonomyFieldJson(
        String name,
        boolean multiValued,
        List<String> terms,
        String pretrainedModel,
        Map<String, List<String>> synonyms) {

    static TaxonomyFieldJson of(TaxonomyField field) {
        return new TaxonomyFieldJson(
                field.getName(),
                field.isMultiValued(),
                field.getTerms(),
                field.getPretrainedModel(),
                field.synonymsByTerm());
    }
}
