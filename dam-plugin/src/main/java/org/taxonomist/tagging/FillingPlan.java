package org.taxonomist.tagging;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What filling one field of one asset does with a prediction, worked out from plain values so that
 * the rule reads from its tests ({@code FillingPlanTest}); {@link FieldFilling} only carries it out.
 *
 * <p>An empty field is filled with the terms that reach the autofill threshold, or, at a promised
 * precision, each term's own threshold for it; the other suggested terms wait for review. A filled
 * field is left alone unless autocorrect is on: then terms that reach the autocorrect threshold are
 * put in (replacing the value of a single-valued field) and, in a multi-valued field, terms the model
 * is as sure are wrong (probability at most 1 − autocorrect) are taken out, except terms a librarian
 * approved. A term once rejected for the asset is never applied, and no change leaves a field empty.
 *
 * @param review  term indexes proposed for a librarian's review only
 * @param apply   term indexes proposed and applied without review (rejected ones are proposed, not applied)
 * @param terms   the field's terms after the change
 * @param changed whether the field changes at all
 * @param rule    the rule that applied, for the field's history ("autofill at 0.9", "autocorrect at 0.95")
 */
public record FillingPlan(List<Integer> review, List<Integer> apply, List<String> terms, boolean changed, String rule) {

    /** A field's automation settings: each null when off. */
    public record Automation(Double autofill, Double autofillPrecision, Double autocorrect) {}

    /** Nothing to do: the field is filled and autocorrect is off. */
    private static FillingPlan none(List<String> current) {
        return new FillingPlan(List.of(), List.of(), current, false, null);
    }

    /**
     * @param current  the field's terms now
     * @param approved terms of this field a librarian approved for the asset
     * @param rejected terms of this field rejected for the asset (by a librarian, or by undoing an automatic change)
     */
    public static FillingPlan of(
            List<String> current,
            FieldPrediction prediction,
            boolean multiValued,
            Automation automation,
            Set<String> approved,
            Set<String> rejected) {
        if (current.isEmpty()) {
            List<Integer> suggested = prediction.suggested(multiValued);
            Double autofill = automation.autofill();
            Double precision = automation.autofillPrecision();
            List<Integer> fill = autofill != null
                    ? suggested.stream()
                            .filter(t -> prediction.probabilities()[t] >= autofill)
                            .toList()
                    : precision != null ? prediction.reaching(precision, multiValued) : List.of();
            List<Integer> review =
                    suggested.stream().filter(t -> !fill.contains(t)).toList();
            String rule = precision != null && autofill == null
                    ? "autofill at precision " + precision
                    : "autofill at " + autofill;
            return plan(current, prediction, multiValued, review, fill, Set.of(), rejected, rule);
        }
        Double autocorrect = automation.autocorrect();
        if (autocorrect == null) {
            return none(current);
        }
        float[] p = prediction.probabilities();
        List<Integer> add = new ArrayList<>();
        Set<String> remove = new LinkedHashSet<>();
        if (multiValued) {
            for (int t = 0; t < p.length; t++) {
                String term = prediction.terms().get(t);
                if (p[t] >= autocorrect && !current.contains(term)) {
                    add.add(t);
                } else if (p[t] <= 1 - autocorrect && current.contains(term)) {
                    remove.add(term);
                }
            }
        } else {
            int best = prediction.best();
            if (p[best] >= autocorrect && !current.contains(prediction.terms().get(best))) {
                add.add(best);
                remove.addAll(current);
            }
        }
        remove.removeAll(approved);
        return plan(
                current, prediction, multiValued, List.of(), add, remove, rejected, "autocorrect at " + autocorrect);
    }

    private static FillingPlan plan(
            List<String> current,
            FieldPrediction prediction,
            boolean multiValued,
            List<Integer> review,
            List<Integer> apply,
            Set<String> remove,
            Set<String> rejected,
            String rule) {
        List<String> added = apply.stream()
                .map(prediction.terms()::get)
                .filter(term -> !rejected.contains(term))
                .toList();
        if (!multiValued && added.size() > 1) {
            added = added.subList(0, 1);
        }
        List<String> terms = new ArrayList<>(current);
        terms.removeAll(remove);
        terms.addAll(added);
        // Nothing to do, or a change that would leave the field empty.
        boolean changed = !(added.isEmpty() && remove.isEmpty()) && !terms.isEmpty();
        return new FillingPlan(review, apply, changed ? List.copyOf(terms) : current, changed, rule);
    }

    /** The history's reason: the rule, the source and what was added and removed. */
    public String reason(FieldPrediction prediction, List<String> current) {
        List<String> removed =
                current.stream().filter(term -> !terms.contains(term)).toList();
        String added = apply.stream()
                .map(t -> prediction.terms().get(t)
                        + String.format(" (p=%.2f)", prediction.probabilities()[t]))
                .reduce((a, b) -> a + ", " + b)
                .orElse("nothing added");
        return rule + " by " + prediction.source() + ": " + added + (removed.isEmpty() ? "" : ", removed " + removed);
    }
}
