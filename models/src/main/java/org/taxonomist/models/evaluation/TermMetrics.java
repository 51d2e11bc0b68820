package org.taxonomist.models.evaluation;

/**
 * How well one term is predicted.
 *
 * @param term      the term's name
 * @param precision share of the assets given the term that truly have it (0 when none was given)
 * @param recall    share of the assets that have the term that were given it (0 when none has it)
 * @param f1        harmonic mean of precision and recall (0 when both are 0)
 * @param support   number of assets that truly have the term
 */
public record TermMetrics(String term, double precision, double recall, double f1, int support) {}
