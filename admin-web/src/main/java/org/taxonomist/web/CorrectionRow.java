package org.taxonomist.web;

import java.util.List;
import java.util.Locale;
import org.taxonomist.correction.Correction;

/** A correction as the corrections queue shows it; a serialisable copy of the entity. */
public record CorrectionRow(
        long id,
        long assetId,
        String field,
        List<String> current,
        List<String> proposed,
        List<String> removed,
        List<String> added,
        double score,
        String method,
        String source)
        implements QueueRow {

    public static CorrectionRow of(Correction c) {
        return new CorrectionRow(
                c.getId(),
                c.getAssetId(),
                c.getField(),
                List.copyOf(c.getCurrentTerms()),
                List.copyOf(c.getProposedTerms()),
                List.copyOf(c.getRemovedTerms()),
                List.copyOf(c.getAddedTerms()),
                c.getScore(),
                c.getMethod(),
                c.getSource());
    }

    /** "0.93". */
    public String scoreText() {
        return String.format(Locale.ROOT, "%.2f", score);
    }

    public boolean removes(String term) {
        return removed.contains(term);
    }

    public boolean adds(String term) {
        return added.contains(term);
    }
}
