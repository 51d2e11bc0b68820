package org.taxonomist.decision;

import java.time.Instant;

/** The rule suggestions and corrections both follow: deciding the same way twice is harmless, changing a decision is not allowed. */
public final class DecisionRule {

    private DecisionRule() {
    }

    /**
     * @param what how the error names the entry, e.g. "Suggestion 12"
     * @return whether the entry should now take {@code target} (false: it already has)
     * @throws DecisionConflictException when it was decided otherwise before
     */
    public static boolean mayDecide(Enum<?> status, Enum<?> target, Enum<?> pending, String what, String decidedBy,
                                    Instant decidedAt) {
        if (status == target) {
            return false;
        }
        if (status != pending) {
            throw new DecisionConflictException(what + " was already " + status.name().toLowerCase() + " by " + decidedBy
                    + " at " + decidedAt + ".");
        }
        return true;
    }
}
