package org.taxonomist.decision;

import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.taxonomist.dam.UnknownEntryException;

/**
 * Decides many suggestions or corrections, each in its own transaction, so that one conflict
 * (someone else decided it first) does not undo the others.
 */
public final class BulkDecision {

    private BulkDecision() {
    }

    /** The result for one entry: its new status, or why it could not be decided. */
    public record Outcome(long id, String status, String error) {
    }

    /** @param decideOne decides one entry in its own transaction and returns its new status */
    public static List<Outcome> each(List<Long> ids, LongFunction<? extends Enum<?>> decideOne) {
        List<Outcome> outcomes = new ArrayList<>();
        for (long id : ids) {
            try {
                outcomes.add(new Outcome(id, decideOne.apply(id).name(), null));
            } catch (RuntimeException e) {
                outcomes.add(new Outcome(id, null, reason(e)));
            }
        }
        return outcomes;
    }

    static String reason(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return "Someone else decided this at the same time; reload to see their decision.";
            }
            if (cause instanceof DecisionConflictException || cause instanceof UnknownEntryException) {
                return cause.getMessage();
            }
        }
        return e.getMessage();
    }
}
