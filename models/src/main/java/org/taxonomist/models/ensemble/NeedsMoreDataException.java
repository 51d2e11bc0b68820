package org.taxonomist.models.ensemble;

import java.util.List;

/** No term of the field has enough labelled assets to train on. */
public class NeedsMoreDataException extends RuntimeException {

    private final List<String> terms;

    public NeedsMoreDataException(List<LeftOutTerm> terms, int minAssetsPerTerm) {
        super("No term has " + minAssetsPerTerm + " labelled assets yet; needs more data: "
                + terms.stream().map(LeftOutTerm::toString).collect(java.util.stream.Collectors.joining("; ")));
        this.terms = terms.stream().map(LeftOutTerm::term).toList();
    }

    public List<String> terms() {
        return terms;
    }
}
