package org.taxonomist.models.ensemble;

import java.util.List;

/**
 * Merges the probabilities of several members (the bagged heads of different backbones, for one
 * taxonomy field) into one probability per asset and term. Which way is best depends on the field
 * (a union favours recall, an intersection precision, a stacker learns from the data), so
 * {@link Combiners#choose} picks one per field by cross-validation. Sealed, so that every kind
 * has a known byte form ({@link Combiners#fromBytes}).
 *
 * <pre>{@code
 * Combiner combiner = Combiners.byName("average");
 * float[][] probabilities = combiner.combine(List.of(mobileNetHead, efficientNetHead)); // each n × T
 * byte[] stored = combiner.toBytes();   // Combiners.fromBytes(stored) combines identically
 * }</pre>
 */
public sealed interface Combiner permits Elementwise, Vote, Stacker {

    /** The name it is chosen and stored by: average, vote, union, intersection or stacker. */
    String name();

    /**
     * Combines aligned members: {@code members.get(m)[i][t]} is member m's probability that asset i
     * has term t; every member has the same n × T shape. Returns a new n × T matrix; a NaN input (no
     * prediction) gives NaN unless the kind says otherwise.
     */
    float[][] combine(List<float[][]> members);

    /** Versioned binary form (magic {@code TXCB}, format version, name, parameters), big-endian. */
    byte[] toBytes();
}
