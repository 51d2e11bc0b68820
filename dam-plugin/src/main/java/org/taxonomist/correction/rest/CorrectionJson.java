package org.taxonomist.correction.rest;

import java.time.Instant;
import java.util.List;
import org.taxonomist.correction.Correction;
import org.taxonomist.decision.ReviewStatus;

/** A correction as the API shows it; {@code changeId} is the field change an approval made (undo it through /api/changes). */
public record CorrectionJson(
        long id,
        long assetId,
        String field,
        List<String> current,
        List<String> proposed,
        List<String> removed,
        List<String> added,
        double score,
        String method,
        String source,
        ReviewStatus status,
        String decidedBy,
        Instant decidedAt,
        Long changeId) {

    public static CorrectionJson of(Correction c) {
        return new CorrectionJson(
                c.getId(),
                c.getAssetId(),
                c.getField(),
                c.getCurrentTerms(),
                c.getProposedTerms(),
                c.getRemovedTerms(),
                c.getAddedTerms(),
                c.getScore(),
                c.getMethod(),
                c.getSource(),
                c.getStatus(),
                c.getDecidedBy(),
                c.getDecidedAt(),
                c.getChangeId());
    }
}
