package org.taxonomist.dam;

import java.util.List;

/**
 * A taxonomy field as the plugin sees it. {@code pretrainedModel} names the backbone whose
 * own pre-trained outputs fill this field directly (e.g. "Content rating"); null for fields
 * learnt from the DAM's labels.
 */
public record TaxonomyFieldDefinition(String name, boolean multiValued, List<String> terms, String pretrainedModel) {

    /** Heads learn this field from labels (it is not filled by a backbone's own classes). */
    public boolean learnt() {
        return pretrainedModel == null;
    }
}
