package org.taxonomist.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.taxonomist.failure.Failure;

/**
 * Decides many suggestions or corrections, each in its own transaction, so that one conflict
 * (someone else decided it first) does not undo the others.
 */
public final class BulkDecision {

    private static final Logger LOG = Logger.getLogger(BulkDecision.class.getName());

    private BulkDecision() {}

    /** The result for one entry: its new status, or why it could not be decided. */
    public record Outcome(long id, String status, String error) {}

    /** Decides each entry of a review queue the same way, in its own transaction. */
    public static List<Outcome> each(List<Long> ids, ReviewQueue<?> queue, Decision decision, String user) {
        return each(ids, id -> queue.decide(id, decision, user).getStatus());
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

    /** The reason an entry could not be decided, as {@link Failure} words it; a fault of the server is logged. */
    static String reason(RuntimeException e) {
        Failure failure = Failure.of(e);
        if (!failure.expected()) {
            LOG.log(Level.WARNING, "A bulk decision failed", e);
        }
        return failure.message();
    }
}
