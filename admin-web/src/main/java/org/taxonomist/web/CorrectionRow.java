package org.taxonomist.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.taxonomist.correction.Correction;
import org.taxonomist.correction.Evidence;
import org.taxonomist.dam.DamAdapter;

/** A correction as the corrections queue shows it, with its evidence; a serialisable copy of the entity. */
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
        String source,
        Map<String, Double> probabilities,
        String rank,
        List<Alike> alike)
        implements QueueRow {

    /** A labelled asset that looks like the corrected one, with its terms of the field now. */
    public record Alike(long assetId, String label, List<String> terms) implements Serializable {

        /** "Vehicles, Objects". */
        public String termsText() {
            return terms.isEmpty() ? "no terms now" : String.join(", ", terms);
        }
    }

    /** @param dam names the alike assets and reads their terms (one that was deleted since the audit is left out) */
    public static CorrectionRow of(Correction c, DamAdapter dam) {
        Evidence evidence = c.getEvidence();
        List<Alike> alike = evidence.neighbours().stream()
                .flatMap(id -> dam.asset(id).stream())
                .map(a -> new Alike(a.id(), a.label(), List.copyOf(a.values(c.getField()))))
                .toList();
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
                c.getSource(),
                evidence.probabilities(),
                evidence.rank() == 0
                        ? ""
                        : "#" + evidence.rank() + " of " + evidence.ranked() + " · " + evidence.percentile(),
                alike);
    }

    /** "0.93". */
    public String scoreText() {
        return String.format(Locale.ROOT, "%.2f", score);
    }

    /** "91 %": what the audit's models give the term; empty for a term they could not judge. */
    public String probability(String term) {
        Double p = probabilities.get(term);
        return p == null ? "" : Math.round(100 * p) + " %";
    }

    /** The terms to offer first when fixing the asset to other terms: the ones the models find most probable. */
    public List<String> likelyTerms() {
        return List.copyOf(probabilities.keySet());
    }

    public boolean removes(String term) {
        return removed.contains(term);
    }

    public boolean adds(String term) {
        return added.contains(term);
    }
}
