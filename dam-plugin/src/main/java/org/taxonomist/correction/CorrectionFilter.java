package org.taxonomist.correction;

import org.taxonomist.decision.ReviewStatus;

/**
 * Which corrections a librarian looks at: any of them may be null (no restriction).
 *
 * @param term     a term among the current or the proposed ones
 * @param minScore the lowest score shown
 */
public record CorrectionFilter(String field, String term, Double minScore, ReviewStatus status) {

    public static CorrectionFilter pending() {
        return new CorrectionFilter(null, null, null, ReviewStatus.PENDING);
    }
}
