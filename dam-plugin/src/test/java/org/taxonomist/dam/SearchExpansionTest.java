package org.taxonomist.dam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchExpansionTest {

    @Test
    void strongestFirstAndEachAssetOnceWithItsStrongestReason() {
        SearchExpansion search = new SearchExpansion("beach");
        search.add(3, 0.4, "via super-label coast");
        search.add(1, 0.9, "via super-label beach scene");
        search.add(3, 0.7, "via super-label beach scene");
        search.add(2, 0.4, "via super-label coast");
        search.add(1, 0.2, "via super-label coast");

        assertEquals(
                List.of(
                        new SearchExpansion.Expansion(1, 0.9, "via super-label beach scene", false),
                        new SearchExpansion.Expansion(3, 0.7, "via super-label beach scene", false),
                        new SearchExpansion.Expansion(2, 0.4, "via super-label coast", false)),
                search.expansions());
        assertEquals("beach", search.query());
    }

    @Test
    void aSureReasonOutranksATentativeOneWhateverTheirStrengths() {
        SearchExpansion search = new SearchExpansion("dinosaurs");
        search.addTentative(1, 0.9, "via super-label frog · eagle · dinosaurs");
        search.add(1, 0.3, "via super-label Prehistory");
        search.addTentative(2, 0.8, "via super-label frog · eagle · dinosaurs");
        search.addTentative(1, 0.95, "via super-label tomatoes");

        assertEquals(
                List.of(
                        new SearchExpansion.Expansion(2, 0.8, "via super-label frog · eagle · dinosaurs", true),
                        new SearchExpansion.Expansion(1, 0.3, "via super-label Prehistory", false)),
                search.expansions());
    }
}
