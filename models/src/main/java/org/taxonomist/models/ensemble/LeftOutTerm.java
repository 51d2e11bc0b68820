package org.taxonomist.models.ensemble;

/**
 * A term left out of training, evaluation or an audit because too few assets carry it, reported
 * by name and count so that nobody mistakes a score over the other terms for one over all.
 *
 * @param labelledAssets how many assets carry the term
 * @param needed         the minimum it fell short of
 */
public record LeftOutTerm(String term, int labelledAssets, int needed) {

    /** "household: 17 labelled assets, needs 30". */
    @Override
    public String toString() {
        return term + ": " + labelledAssets + " labelled asset" + (labelledAssets == 1 ? "" : "s") + ", needs "
                + needed;
    }
}
