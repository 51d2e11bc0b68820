package org.taxonomist.tagging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.dam.TaxonomyFieldDefinition;
import org.taxonomist.decision.ReviewStatus;
import org.taxonomist.history.FieldHistory;
import org.taxonomist.registry.FieldAutomation;
import org.taxonomist.registry.FieldAutomations;
import org.taxonomist.suggestion.Suggestion;
import org.taxonomist.suggestion.SuggestionService;

/**
 * Carries out a field's {@link FillingPlan}: proposes its suggestions, applies the automatic ones
 * (each becomes an automatic suggestion: reversible, and rejected when undone) and records the change
 * in the field's history.
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
        List<Suggestion> decided = suggestions.forAsset(asset.id()).stream()
                .filter(s -> s.getField().equals(field.name()))
                .toList();
        FillingPlan plan = FillingPlan.of(
                current,
                prediction,
                field.multiValued(),
                new FillingPlan.Automation(
                        automation.getAutofill(), automation.getAutofillPrecision(), automation.getAutocorrect()),
                terms(decided, ReviewStatus.APPROVED),
                terms(decided, ReviewStatus.REJECTED));
        plan.review().forEach(t -> propose(asset, field, prediction, t));
        plan.apply().forEach(t -> propose(asset, field, prediction, t).applyAutomatically());
        if (plan.changed()) {
            history.change(
                    asset.id(), field.name(), plan.terms(), prediction.source(), plan.reason(prediction, current));
        }
    }

    private static Set<String> terms(List<Suggestion> decided, ReviewStatus status) {
        return decided.stream()
                .filter(s -> s.getStatus() == status)
                .map(Suggestion::getTerm)
                .collect(Collectors.toSet());
    }

    private Suggestion propose(DamAsset asset, TaxonomyFieldDefinition field, FieldPrediction prediction, int t) {
        return suggestions.propose(
                asset.id(),
                field.name(),
                prediction.terms().get(t),
                prediction.probabilities()[t],
                prediction.source());
    }
}
