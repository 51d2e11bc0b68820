package org.taxonomist.superlabel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.taxonomist.models.topics.WeightedTerm;

/** One of a super-label's heaviest terms and its share of the topic. */
@Embeddable
public class TopTerm {

    @Column(nullable = false, length = 500)
    private String term;

    private double weight;

    protected TopTerm() {}

    TopTerm(String term, double weight) {
        this.term = term;
        this.weight = weight;
    }

    static TopTerm of(WeightedTerm weighted) {
        return new TopTerm(weighted.term(), weighted.weight());
    }

    public String term() {
        return term;
    }

    public double weight() {
        return weight;
    }
}
