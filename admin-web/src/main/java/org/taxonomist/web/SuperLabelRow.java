package org.taxonomist.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.taxonomist.superlabel.SuperLabel;
import org.taxonomist.superlabel.SuperLabelStatus;

/**
 * A super-label as the Super-labels page shows it; a serialisable copy.
 *
 * @param mergedIntoName the display name of the super-label it is merged into; null unless merged
 * @param assetCount     its assets, with those of the super-labels merged into it
 * @param examples       ids of its strongest assets, for thumbnails
 */
public record SuperLabelRow(
        long id,
        Integer topic,
        String name,
        String display,
        SuperLabelStatus status,
        String mergedIntoName,
        String promotedField,
        String promotedTerm,
        List<TermWeight> terms,
        int assetCount,
        Double coherence,
        List<Long> examples)
        implements Serializable {

    /** A top term and its share of the topic. */
    public record TermWeight(String term, double weight) implements Serializable {

        /** "0.31". */
        public String weightText() {
            return String.format(Locale.ROOT, "%.2f", weight);
        }
    }

    static SuperLabelRow of(SuperLabel label, String mergedIntoName, int assetCount, List<Long> examples) {
        return new SuperLabelRow(
                label.getId(),
                label.getTopic(),
                label.getName(),
                label.display(),
                label.getStatus(),
                mergedIntoName,
                label.getPromotedField(),
                label.getPromotedTerm(),
                label.getTopTerms().stream()
                        .map(t -> new TermWeight(t.term(), t.weight()))
                        .toList(),
                assetCount,
                label.getCoherence(),
                List.copyOf(examples));
    }

    /** Active or promoted: shown on assets and used by searches. */
    public boolean shown() {
        return status == SuperLabelStatus.ACTIVE || status == SuperLabelStatus.PROMOTED;
    }

    public String statusText() {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /** "NPMI 0.42", or "" when it has none. */
    public String coherenceText() {
        return coherence == null ? "" : String.format(Locale.ROOT, "NPMI %.2f", coherence);
    }
}
