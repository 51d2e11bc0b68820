package org.taxonomist.models.ensemble;

import java.util.List;
import org.taxonomist.models.evaluation.ThresholdTuning;

/**
 * How {@link Combiners#fit} and {@link Combiners#choose} fit combiners and tune the thresholds
 * they are judged at.
 *
 * @param beta         the F-beta the thresholds maximise (1: F1)
 * @param fallback     the threshold of terms with too few positives to tune
 * @param minPositives positives a term needs to get a tuned threshold
 * @param stacker      how stackers are trained
 * @param candidates   the combiners {@link Combiners#choose} tries, by name, in order of preference on ties
 */
public record CombinerSettings(
        double beta, float fallback, int minPositives, StackerSettings stacker, List<String> candidates) {

    public CombinerSettings {
        if (!(beta > 0) || minPositives < 0 || candidates.isEmpty()) {
            throw new IllegalArgumentException("Invalid combiner settings: beta " + beta + ", minPositives "
                    + minPositives + ", candidates " + candidates);
        }
        for (String name : candidates) {
            if (!Combiners.NAMES.contains(name)) {
                throw new IllegalArgumentException("Unknown combiner " + name + "; known: " + Combiners.NAMES);
            }
        }
        candidates = List.copyOf(candidates);
    }

    /** F1, fallback 0.4, at least 5 positives, default stacker, all five combiners (simplest first). */
    public static CombinerSettings defaults() {
        return of(1.0, ThresholdTuning.DEFAULT_FALLBACK);
    }

    /** The defaults with another beta and fallback. */
    public static CombinerSettings of(double beta, float fallback) {
        return new CombinerSettings(
                beta, fallback, ThresholdTuning.DEFAULT_MIN_POSITIVES, StackerSettings.defaults(), Combiners.NAMES);
    }

    /** The same settings trying only the given combiners (for example without the stacker on small fields). */
    public CombinerSettings withCandidates(List<String> names) {
        return new CombinerSettings(beta, fallback, minPositives, stacker, names);
    }
}
