package org.taxonomist.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.taxonomist.decision.Decision;
import org.taxonomist.suggestion.SuggestionService;

/**
 * Approving and rejecting from any screen (an asset's page, the review queue), each ending with a
 * message that says what happened, including what could not be decided and why.
 */
@ApplicationScoped
public class SuggestionDecisions {

    @Inject
    SuggestionService suggestions;

    /** Decides one suggestion; true when it was decided (now or before, the same way). */
    public boolean decide(SuggestionRow row, Decision decision, String user) {
        try {
            suggestions.decide(row.id(), decision, user);
            Messages.info(QueueDecisions.verb(decision) + " \"" + row.term() + "\" for " + row.field() + " on asset "
                    + row.assetId() + ".");
            return true;
        } catch (RuntimeException e) {
            Problems.show(e, decision.name().toLowerCase() + " the suggestion");
            return false;
        }
    }

    /** Decides every one of these suggestions, each on its own: one conflict does not undo the others. */
    public void decideAll(Collection<SuggestionRow> rows, Decision decision, String user) {
        QueueDecisions.decideEach(
                suggestions,
                rows == null ? List.of() : rows.stream().map(SuggestionRow::id).toList(),
                decision,
                user,
                "Suggestion",
                "");
    }
}
