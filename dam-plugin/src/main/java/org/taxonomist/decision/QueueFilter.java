package org.taxonomist.decision;

import java.util.Set;

/**
 * Which entries of a review queue a librarian looks at, counts or decides all at once; null (or an empty set) is no
 * restriction. The same filter serves every queue: the review page, the corrections page and their REST resources.
 *
 * @param assetId the one asset whose entries to show
 * @param fields the taxonomy fields to show
 * @param term a term the entry is about (a suggestion's term; one of a correction's current or proposed terms)
 * @param source the model that proposed it, or the start of its name ("model:Subject" matches every version)
 * @param minScore the lowest confidence or score, inclusive
 * @param maxScore the highest confidence or score, inclusive
 */
public record QueueFilter(
        Long assetId,
        Set<String> fields,
        String term,
        String source,
        Double minScore,
        Double maxScore,
        ReviewStatus status) {

    public QueueFilter {
        fields = fields == null ? Set.of() : Set.copyOf(fields);
        term = blankToNull(term);
        source = blankToNull(source);
    }

    /** Every pending entry. */
    public static QueueFilter pending() {
        return new QueueFilter(null, Set.of(), null, null, null, null, ReviewStatus.PENDING);
    }

    /** Pending entries of one asset (null: any) and one field (null or blank: any) with these restrictions. */
    public static QueueFilter pending(
            Long assetId, String field, String term, String source, Double minScore, Double maxScore) {
        return new QueueFilter(assetId, named(field), term, source, minScore, maxScore, ReviewStatus.PENDING);
    }

    /** One field, or any field when null or blank. */
    public static Set<String> named(String field) {
        String named = blankToNull(field);
        return named == null ? Set.of() : Set.of(named);
    }

    /** The same restrictions, on one asset's entries: a row of a queue grouped by asset. */
    public QueueFilter forAsset(long asset) {
        return new QueueFilter(asset, fields, term, source, minScore, maxScore, status);
    }

    /** Whether it picks entries out of the queue rather than taking them all: what deciding "all matching" needs. */
    public boolean narrows() {
        return assetId != null
                || !fields.isEmpty()
                || term != null
                || source != null
                || minScore != null
                || maxScore != null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
