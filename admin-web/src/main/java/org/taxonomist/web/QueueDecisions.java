package org.taxonomist.web;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.taxonomist.decision.BulkDecision;
import org.taxonomist.decision.Decision;
import org.taxonomist.decision.QueueFilter;
import org.taxonomist.decision.ReviewQueue;

/**
 * Deciding a selection of any review queue from the console: each entry on its own (one conflict does not undo the
 * others), then one message per entry that could not be decided and one that counts those that were.
 */
final class QueueDecisions {

    private QueueDecisions() {}

    /**
     * @param entry the entry's name in messages, e.g. "Suggestion"
     * @param afterApproval what a librarian should know after approving, or ""
     */
    static void decideEach(
            ReviewQueue<?> queue,
            Collection<Long> ids,
            Decision decision,
            String user,
            String entry,
            String afterApproval) {
        if (ids.isEmpty()) {
            Messages.warn("Select at least one " + entry.toLowerCase(Locale.ROOT) + " first.");
            return;
        }
        List<BulkDecision.Outcome> outcomes = BulkDecision.each(List.copyOf(ids), queue, decision, user);
        long done = Messages.failures(outcomes, entry);
        if (done > 0) {
            Messages.info(verb(decision) + " " + done + " " + entry.toLowerCase(Locale.ROOT) + (done == 1 ? "." : "s.")
                    + (decision == Decision.APPROVE ? afterApproval : ""));
        }
    }

    /**
     * Decides every entry the filter matches, which the page has counted for the confirmation. The filter must narrow
     * the queue: deciding a whole queue unseen is not a librarian's decision.
     */
    static void decideAllMatching(
            ReviewQueue<?> queue,
            QueueFilter filter,
            Decision decision,
            String user,
            String entry,
            String afterApproval) {
        String entries = entry.toLowerCase(Locale.ROOT) + "s";
        if (!filter.narrows()) {
            Messages.warn("Filter first: deciding all pending " + entries + " at once needs at least one filter.");
            return;
        }
        List<Long> matching = queue.ids(filter);
        if (matching.isEmpty()) {
            Messages.warn("No pending " + entry.toLowerCase(Locale.ROOT) + " matches these filters.");
            return;
        }
        decideEach(queue, matching, decision, user, entry, afterApproval);
    }

    static String verb(Decision decision) {
        return decision == Decision.APPROVE ? "Approved" : "Rejected";
    }
}
