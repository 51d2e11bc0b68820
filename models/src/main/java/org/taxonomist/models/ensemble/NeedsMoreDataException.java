package org.taxonomist.models.ensemble;

import java.util.List;

/** No term of the field has enough labelled assets to train on. */
public class NeedsMoreDataException extends RuntimeException {

    private final List<String> terms;

    public NeedsMoreDataException(List<String> terms, int minAssetsPerTerm) {
        super("No term has " + minAssetsPerTerm + " labelled assets yet; needs more data: " + terms);
        this.terms = List.copyOf(terms);
    }

    public List<String> terms() {
        return terms;
    }
}
