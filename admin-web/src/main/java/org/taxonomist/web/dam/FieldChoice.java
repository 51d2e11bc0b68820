package org.taxonomist.web.dam;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taxonomist.dam.reference.TaxonomyField;

/**
 * A taxonomy field and its terms, for the dropdowns that filter and label assets and for the taxonomy page.
 * {@code filledBy} names the model whose own classes fill the field; null for fields learnt from labels.
 * {@code synonyms}: each term that has synonyms, with them as one comma-separated text ("cars, automobiles").
 */
public record FieldChoice(
        String name, boolean multiValued, List<String> terms, String filledBy, Map<String, String> synonyms)
        implements Serializable {

    public static FieldChoice of(TaxonomyField field) {
        Map<String, String> synonyms = new LinkedHashMap<>();
        field.synonymsByTerm().forEach((term, ofTerm) -> synonyms.put(term, String.join(", ", ofTerm)));
        return new FieldChoice(
                field.getName(),
                field.isMultiValued(),
                List.copyOf(field.getTerms()),
                field.getPretrainedModel(),
                synonyms);
    }

    /** The term's synonyms, one by one (they cannot hold commas: the taxonomy page splits on them). */
    public List<String> synonymsOf(String term) {
        String text = synonyms.getOrDefault(term, "");
        return text.isEmpty() ? List.of() : List.of(text.split(", "));
    }
}
