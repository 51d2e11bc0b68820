package org.taxonomist.superlabel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a search must name to mean a super-label, and which super-labels expand searches by default. */
class SuperLabelGroupTest {

    @Test
    void aNameMatchesWordByWordLeavingOutStopWords() {
        SuperLabelGroup houses = group("Houses and homes", "roof", "door");
        assertTrue(houses.namedBy("houses"), "one word of the name");
        assertTrue(houses.namedBy("Homes, houses"), "words of the name in any order");
        assertTrue(houses.namedBy("old houses and homes"), "the whole name");
        assertTrue(houses.namedBy("red roof"), "a defining term");
        assertFalse(houses.namedBy("and"), "a stop word names nothing");
        assertFalse(houses.namedBy("house"), "whole words only");
        assertFalse(
                group("Events 2026", "talk").namedBy("beach scene 2026"),
                "a word the query shares with the name is not enough: the query's words must be the name's");
    }

    @Test
    void onlyANamedSuperLabelIsSure() {
        assertTrue(group("Beach scene", "ocean").named());
        assertFalse(group(null, "ocean", "frog").named(), "a topic model's guess until a librarian names it");
        assertTrue(group(null, "ocean", "frog").namedBy("ocean"), "its defining terms still name it");
    }

    private static SuperLabelGroup group(String name, String... terms) {
        SuperLabel label = new SuperLabel();
        label.refit(0, List.of(terms).stream().map(t -> new TopTerm(t, 0.3)).toList(), 6, null);
        if (name != null) {
            label.rename(name, "ana");
        }
        return new SuperLabelGroup(label, List.of(label));
    }
}
