package org.taxonomist.correction.rest;

import java.time.Instant;
import java.util.List;
import org.taxonomist.correction.Correction;
import org.taxonomist.correction.Evidence;
import org.taxonomist.decision.ReviewStatus;

/**
 * A correction as the API shows it, with the audit's evidence; {@code changeId} is the field change an approval made
 * (undo it through /api/changes), {@code fixedTo} the terms a librarian wrote instead of the proposed ones.
 */
public record CorrectionJson(
        long id,
        long assetId,
        String field,
        List<String> current,
        List<String> proposed,
        List<String> removed,
        List<String> added,
        double score,
        Evidence evidence,
        String method,
        String source,
        ReviewStatus status,
        String decidedBy,
        Instant decidedAt,
        Long changeId,
        List<String> fixedTo) {

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
                c.getEvidence(),
                c.getMethod(),
                c.getSource(),
                c.getStatus(),
                c.getDecidedBy(),
                c.getDecidedAt(),
                c.getChangeId(),
                c.getFixedTo());
    }
}
