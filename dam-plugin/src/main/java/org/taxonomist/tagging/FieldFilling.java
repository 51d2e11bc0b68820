package org.taxonomist.tagging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.dam.TaxonomyFieldDefinition;
import org.taxonomist.history.FieldHistory;
import org.taxonomist.registry.FieldAutomation;
import org.taxonomist.registry.FieldAutomations;
import org.taxonomist.suggestion.Suggestion;
import org.taxonomist.suggestion.SuggestionService;
import org.taxonomist.suggestion.SuggestionStatus;

/**
 * Turns a field prediction into what the field's automation settings allow. An empty field is
 * filled with the terms that reach the autofill threshold — or, at a promised precision, each
 * term's own threshold for it (a term that cannot promise it is never filled); the other
 * suggested terms wait for review. A filled field is left alone unless autocorrect is on: then terms that reach the
 * autocorrect threshold are put in (replacing the value of a single-valued field) and, in a
 * multi-valued field, terms the model is as sure are wrong (probability at most 1 − autocorrect)
 * are taken out — except terms a librarian approved. Automatic changes keep their history and can
 * be undone; a term once rejected for the asset is never applied.
 */
@ApplicationScoped
public class FieldFilling {

    @Inject
    SuggestionService suggestions;

    @Inject
    FieldHistory history;

    @Inject
    FieldAutomations automations;

    @Transactional
    public void apply(DamAsset asset, TaxonomyFieldDefinition field, FieldPrediction prediction) {
        List<String> current = asset.values(field.name());
        FieldAutomation automation = automations.of(field.name());
        if (current.isEmpty()) {
            List<Integer> suggested = prediction.suggested(field.multiValued());
            Double autofill = automation.getAutofill();
            Double precision = automation.getAutofillPrecision();
            List<Integer> fill = autofill != null ? suggested.stream().filter(t -> prediction.probabilities()[t] >= autofill).toList()
                    : precision != null ? prediction.reaching(precision, field.multiValued())
                    : List.of();
            suggested.stream().filter(t -> !fill.contains(t)).forEach(t -> propose(asset, field, prediction, t));
            change(asset, field, prediction, fill, Set.of(), precision != null ? "autofill at precision " + precision : "autofill at " + autofill);
        } else if (automation.getAutocorrect() != null) {
            correct(asset, field, prediction, automation.getAutocorrect());
        }
    }

    private void correct(DamAsset asset, TaxonomyFieldDefinition field, FieldPrediction prediction, double autocorrect) {
        float[] p = prediction.probabilities();
        List<String> current = asset.values(field.name());
        List<Integer> add = new ArrayList<>();
        Set<String> remove = new LinkedHashSet<>();
        if (field.multiValued()) {
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
        suggestions.forAsset(asset.id()).stream()
                .filter(s -> s.getField().equals(field.name()) && s.getStatus() == SuggestionStatus.APPROVED)
                .forEach(s -> remove.remove(s.getTerm()));
        change(asset, field, prediction, add, remove, "autocorrect at " + autocorrect);
    }

    /** Applies the additions the asset's decisions allow and the removals, as one recorded change. */
    private void change(DamAsset asset, TaxonomyFieldDefinition field, FieldPrediction prediction, List<Integer> add,
                        Set<String> remove, String rule) {
        List<String> terms = new ArrayList<>(asset.values(field.name()));
        terms.removeAll(remove);
        List<String> added = new ArrayList<>();
        for (int t : add) {
            if (propose(asset, field, prediction, t).applyAutomatically()) {
                added.add(prediction.terms().get(t));
            }
        }
        if (!field.multiValued() && added.size() > 1) {
            added = added.subList(0, 1);
        }
        terms.addAll(added);
        if (added.isEmpty() && remove.isEmpty() || terms.isEmpty()) {
            return; // nothing to do, or a change that would leave the field empty
        }
        String reason = rule + " by " + prediction.source() + ": " + describe(prediction, add) + (remove.isEmpty() ? "" : ", removed " + remove);
        history.change(asset.id(), field.name(), terms, prediction.source(), reason);
    }

    private Suggestion propose(DamAsset asset, TaxonomyFieldDefinition field, FieldPrediction prediction, int t) {
        return suggestions.propose(asset.id(), field.name(), prediction.terms().get(t), prediction.probabilities()[t], prediction.source());
    }

    private static String describe(FieldPrediction prediction, List<Integer> terms) {
        return terms.stream().map(t -> prediction.terms().get(t) + String.format(" (p=%.2f)", prediction.probabilities()[t]))
                .reduce((a, b) -> a + ", " + b).orElse("nothing added");
    }
}
