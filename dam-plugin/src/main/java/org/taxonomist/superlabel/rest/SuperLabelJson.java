package org.taxonomist.superlabel.rest;

import java.time.Instant;
import java.util.List;
import org.taxonomist.superlabel.SuperLabel;
import org.taxonomist.superlabel.SuperLabelStatus;

/**
 * A super-label as the API shows it.
 *
 * @param topic      its topic in the current model; absent when the last run did not find it
 * @param display    its name, or its three heaviest terms while it has none
 * @param assetCount assets with a score of at least {@code taxonomist.superlabels.min-score} in the last run (its own topic only)
 */
public record SuperLabelJson(
        long id,
        Integer topic,
        String name,
        String display,
        SuperLabelStatus status,
        Long mergedInto,
        String promotedField,
        String promotedTerm,
        List<TermJson> topTerms,
        int assetCount,
        Double coherence,
        String changedBy,
        Instant changedAt) {

    /** A top term and its share of the topic. */
    public record TermJson(String term, double weight) {}

    public static SuperLabelJson of(SuperLabel l) {
        return new SuperLabelJson(
                l.getId(),
                l.getTopic(),
                l.getName(),
                l.display(),
                l.getStatus(),
                l.getMergedInto(),
                l.getPromotedField(),
                l.getPromotedTerm(),
                l.getTopTerms().stream()
                        .map(t -> new TermJson(t.term(), t.weight()))
                        .toList(),
                l.getAssetCount(),
                l.getCoherence(),
                l.getChangedBy(),
                l.getChangedAt());
    }
}
