package org.taxonomist.suggestion.rest;

import java.time.Instant;
import org.taxonomist.decision.ReviewStatus;
import org.taxonomist.suggestion.Suggestion;

/** A suggestion as the API shows it. */
public record SuggestionJson(
        long id,
        long assetId,
        String field,
        String term,
        double confidence,
        String source,
        ReviewStatus status,
        String decidedBy,
        Instant decidedAt) {

    public static SuggestionJson of(Suggestion s) {
        return new SuggestionJson(
                s.getId(),
                s.getAssetId(),
                s.getField(),
                s.getTerm(),
                s.getConfidence(),
                s.getSource(),
                s.getStatus(),
                s.getDecidedBy(),
                s.getDecidedAt());
    }
}
