package org.taxonomist.dam.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Another word for a term of a field ("cars" for Subject "Vehicles"): a search for it finds the term's assets. */
@Embeddable
public class TermSynonym {

    static final int MAX_LENGTH = 100;

    @Column(nullable = false)
    private String term;

    @Column(nullable = false, length = MAX_LENGTH)
    private String synonym;

    protected TermSynonym() {}

    TermSynonym(String term, String synonym) {
        this.term = term;
        this.synonym = synonym;
    }

    public String term() {
        return term;
    }

    public String synonym() {
        return synonym;
    }
}
