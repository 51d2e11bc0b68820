package org.taxonomist.web;

import org.taxonomist.decision.ReviewStatus;
import org.taxonomist.suggestion.Suggestion;

/** A suggestion as the console's tables show it; a serialisable copy of the entity. */
public record SuggestionRow(
        long id,
        long assetId,
        String field,
        String term,
        double confidence,
        String source,
        ReviewStatus status,
        String decidedBy,
        String decidedAt)
        implements QueueRow {

    public static SuggestionRow of(Suggestion suggestion) {
        return new SuggestionRow(
                suggestion.getId(),
                suggestion.getAssetId(),
                suggestion.getField(),
                suggestion.getTerm(),
                suggestion.getConfidence(),
                suggestion.getSource(),
                suggestion.getStatus(),
                suggestion.getDecidedBy(),
                Dates.format(suggestion.getDecidedAt()));
    }

    /** Confidence as a whole percentage, for the bar and its label. */
    public int percent() {
        return (int) Math.round(Math.max(0, Math.min(1, confidence)) * 100);
    }

    public boolean pending() {
        return status == ReviewStatus.PENDING;
    }

    /** "approved by alice" / "pending". */
    public String statusText() {
        return pending() ? "pending" : status.name().toLowerCase() + (decidedBy == null ? "" : " by " + decidedBy);
    }
}
