package org.taxonomist.suggestion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides many suggestions, each in its own transaction, so that one conflict (someone else
 * decided it first) does not undo the others.
 */
@ApplicationScoped
public class BulkDecision {

    @Inject
    SuggestionService suggestions;

    /** The result for one suggestion: its new status, or why it could not be decided. */
    public record Outcome(long suggestionId, SuggestionStatus status, String error) {
    }

    public List<Outcome> decideAll(List<Long> ids, Decision decision, String user) {
        List<Outcome> outcomes = new ArrayList<>();
        for (long id : ids) {
            try {
                outcomes.add(new Outcome(id, suggestions.decide(id, decision, user).getStatus(), null));
            } catch (RuntimeException e) {
                outcomes.add(new Outcome(id, null, reason(e)));
            }
        }
        return outcomes;
    }

    static String reason(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return "Someone else decided this suggestion at the same time; reload to see their decision.";
            }
            if (cause instanceof DecisionConflictException || cause instanceof org.taxonomist.dam.UnknownEntryException) {
                return cause.getMessage();
            }
        }
        return e.getMessage();
    }
}
