package org.taxonomist.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.taxonomist.tagging.FillingPlan.Automation;

/** How a prediction fills a field: the rules of {@link FillingPlan}, one per test. */
class FillingPlanTest {

    private static final List<String> TERMS = List.of("Animals", "Food", "Vehicles", "Plants");
    private static final Automation OFF = new Automation(null, null, null);
    private static final Set<String> NONE = Set.of();

    /** Animals 0.95, Food 0.6, Vehicles 0.05, Plants 0.4; every term worth a look from 0.5; at precision 0.9 only Animals fills. */
    private static FieldPrediction prediction() {
        return new FieldPrediction(
                "model:Subject v1",
                TERMS,
                new float[] {0.95f, 0.6f, 0.05f, 0.4f},
                new float[] {0.5f, 0.5f, 0.5f, 0.5f},
                Map.of(0.9, new float[] {0.9f, 0.7f, Float.NaN, 0.8f}));
    }

    private static List<String> named(List<Integer> terms) {
        return terms.stream().map(TERMS::get).toList();
    }

    @Test
    void withoutAutomationAnEmptyFieldOnlyGetsSuggestionsMostProbableFirst() {
        FillingPlan plan = FillingPlan.of(List.of(), prediction(), true, OFF, NONE, NONE);
        assertEquals(List.of("Animals", "Food"), named(plan.review()));
        assertEquals(List.of(), plan.apply());
        assertFalse(plan.changed());
    }

    @Test
    void aSingleValuedFieldIsSuggestedItsBestTermOnly() {
        assertEquals(
                List.of("Animals"),
                named(FillingPlan.of(List.of(), prediction(), false, OFF, NONE, NONE)
                        .review()));
    }

    @Test
    void autofillFillsAnEmptyFieldWithTheTermsAboveItsThresholdAndLeavesTheOthersToReview() {
        FillingPlan plan = FillingPlan.of(List.of(), prediction(), true, new Automation(0.9, null, null), NONE, NONE);
        assertEquals(List.of("Animals"), named(plan.apply()));
        assertEquals(List.of("Food"), named(plan.review()));
        assertEquals(List.of("Animals"), plan.terms());
        assertEquals("autofill at 0.9 by model:Subject v1: Animals (p=0.95)", plan.reason(prediction(), List.of()));
    }

    @Test
    void atAPromisedPrecisionEachTermUsesItsOwnThresholdAndATermThatCannotPromiseItNeverFills() {
        FillingPlan plan = FillingPlan.of(List.of(), prediction(), true, new Automation(null, 0.9, null), NONE, NONE);
        assertEquals(
                List.of("Animals"),
                named(plan.apply()),
                "Food's 0.6 is under its 0.7; Vehicles has no threshold (NaN)");
        assertEquals("autofill at precision 0.9", plan.rule());
    }

    @Test
    void aTermRejectedForTheAssetIsNeverAppliedButStillProposed() {
        FillingPlan plan =
                FillingPlan.of(List.of(), prediction(), true, new Automation(0.5, null, null), NONE, Set.of("Animals"));
        assertEquals(
                List.of("Animals", "Food"),
                named(plan.apply()),
                "proposed again: the rejection stands on the suggestion");
        assertEquals(List.of("Food"), plan.terms());
    }

    @Test
    void aFilledFieldIsLeftAloneWithoutAutocorrect() {
        FillingPlan plan =
                FillingPlan.of(List.of("Vehicles"), prediction(), true, new Automation(0.5, null, null), NONE, NONE);
        assertFalse(plan.changed());
        assertEquals(List.of(), plan.review());
        assertEquals(List.of(), plan.apply());
    }

    @Test
    void autocorrectAddsSureTermsAndRemovesSurelyWrongOnesExceptApprovedOnes() {
        FillingPlan plan = FillingPlan.of(
                List.of("Vehicles", "Plants"), prediction(), true, new Automation(null, null, 0.9), NONE, NONE);
        assertEquals(
                List.of("Plants", "Animals"),
                plan.terms(),
                "Vehicles at 0.05 is surely wrong; Plants at 0.4 is not sure either way");
        assertEquals(
                "autocorrect at 0.9 by model:Subject v1: Animals (p=0.95), removed [Vehicles]",
                plan.reason(prediction(), List.of("Vehicles", "Plants")));

        FillingPlan approved = FillingPlan.of(
                List.of("Vehicles"), prediction(), true, new Automation(null, null, 0.9), Set.of("Vehicles"), NONE);
        assertEquals(List.of("Vehicles", "Animals"), approved.terms(), "a librarian's approval outweighs the model");
    }

    @Test
    void autocorrectReplacesTheValueOfASingleValuedField() {
        FillingPlan plan =
                FillingPlan.of(List.of("Food"), prediction(), false, new Automation(null, null, 0.9), NONE, NONE);
        assertEquals(List.of("Animals"), plan.terms());
        assertTrue(plan.changed());
    }

    @Test
    void noChangeLeavesAFieldEmpty() {
        FillingPlan plan = FillingPlan.of(
                List.of("Vehicles"), prediction(), true, new Automation(null, null, 0.9), NONE, Set.of("Animals"));
        assertFalse(plan.changed(), "Vehicles would go and rejected Animals cannot come: the field keeps its value");
        assertEquals(List.of("Vehicles"), plan.terms());
    }
}
