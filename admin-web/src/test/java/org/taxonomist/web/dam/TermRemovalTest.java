package org.taxonomist.web.dam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermRemovalTest {

    @Test
    void saysWhatRemovingALearntTermDoesToAssetsReviewSearchAndModels() {
        assertEquals(
                "Remove \"Vehicles\" from Subject? 34 assets carry it and keep it until removed there; 5 suggestions"
                        + " of it stay in Review; searches for cars, automobiles no longer find it; a model trained"
                        + " with it suggests it until Subject is retrained.",
                new TermRemoval("Subject", "Vehicles", 34, 5, List.of("cars", "automobiles"), true).effects());
    }

    @Test
    void anUnusedTermOfAPretrainedFieldOnlySaysNoAssetCarriesIt() {
        assertEquals(
                "Remove \"Drawing\" from Content rating? No asset carries it.",
                new TermRemoval("Content rating", "Drawing", 0, 0, List.of(), false).effects());
    }

    @Test
    void oneAssetAndOneSuggestionAreSaidInTheSingular() {
        assertEquals(
                "Remove \"Boats\" from Subject? 1 asset carries it and keeps it until removed there; 1 suggestion"
                        + " of it stays in Review; a model trained with it suggests it until Subject is retrained.",
                new TermRemoval("Subject", "Boats", 1, 1, List.of(), true).effects());
    }
}
