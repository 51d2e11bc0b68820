package org.taxonomist.models.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BrandSpotterTest {

    private static final BrandSpotter SPOTTER = new BrandSpotter(Map.of(
            "Adidas", List.of(),
            "Nike", List.of(),
            "Dove", List.of(),
            "Pepsi", List.of(),
            "Coca-Cola", List.of("Coke"),
            "Nestlé", List.of(),
            "Ben & Jerry's", List.of()));

    private static TextLine line(String text, float score) {
        return new TextLine(text, score, 0.1f, 0.2f, 0.3f, 0.4f);
    }

    private static List<BrandSighting> spot(String... texts) {
        return SPOTTER.spot(Arrays.stream(texts).map(text -> line(text, 1)).toList());
    }

    /** The only sighting of the texts, checked to be the given term seen as the given words at the given distance. */
    private static BrandSighting only(String term, String seen, int distance, String... texts) {
        List<BrandSighting> sightings = spot(texts);
        assertEquals(1, sightings.size(), () -> "one sighting in " + List.of(texts) + ": " + sightings);
        BrandSighting sighting = sightings.get(0);
        assertEquals(term, sighting.term());
        assertEquals(seen, sighting.seen());
        assertEquals(distance, sighting.distance());
        return sighting;
    }

    @Test
    void exactMatchKeepsWhatWasSeenAndTheLine() {
        TextLine line = line("new ADIDAS shoes", 0.9f);

        List<BrandSighting> sightings = SPOTTER.spot(List.of(line));

        assertEquals(List.of(new BrandSighting("Adidas", "ADIDAS", 0, 0.9f, line)), sightings);
        assertEquals("OCR: ADIDAS", sightings.get(0).source());
        assertSame(line, sightings.get(0).line());
    }

    @Test
    void forgivesAQuarterOfTheNameRounded() {
        only("Adidas", "Adibas", 1, "Adibas");
        only("Adidas", "Abibas", 2, "Abibas"); // 6 letters: round(1.5) = 2 edits
        only("Coca-Cola", "Coca Cloa", 2, "Coca Cloa"); // 8 letters: 2 edits
        only("Pepsi", "Pepsl", 1, "Pepsl"); // 5 letters: round(1.25) = 1 edit
    }

    @Test
    void moreEditsThanForgivenFindNothing() {
        assertEquals(List.of(), spot("Abibus")); // 3 edits of 6 letters
        assertEquals(List.of(), spot("Cuca Cloa")); // 3 edits of 8 letters
        assertEquals(List.of(), spot("Pepel")); // 2 edits of 5 letters
    }

    @Test
    void shortNamesMustMatchExactly() {
        only("Nike", "NIKE", 0, "NIKE");
        assertEquals(List.of(), spot("Nlke"));
        assertEquals(List.of(), spot("Love", "Dave", "Doves"), "ordinary words one edit from Dove");
    }

    @ParameterizedTest
    @CsvSource({"Coca Cola, Coca Cola", "CocaCola, CocaCola", "coca-cola, coca cola", "drink COCA–COLA!, COCA COLA"})
    void brandsOfSeveralWordsMatchSplitOrJoined(String text, String seen) {
        only("Coca-Cola", seen, 0, text);
    }

    @Test
    void synonymsSuggestTheirTerm() {
        BrandSighting sighting = only("Coca-Cola", "coke", 0, "ice cold coke");
        assertEquals(1f, sighting.confidence(), "the synonym matched exactly");
    }

    @Test
    void accentsAreIgnoredOnBothSides() {
        only("Nestlé", "NESTLE", 0, "NESTLE");
        only("Nestlé", "Nestlé", 0, "Nestlé");
        only("Nestlé", "Nestle\u0301", 0, "Nestle\u0301"); // decomposed: the accent stays in the word
    }

    @Test
    void runsOfThreeWordsAreCompared() {
        only("Ben & Jerry's", "Ben Jerry s", 0, "Ben & Jerry's ice cream");
    }

    @Test
    void textWithoutBrandsFindsNothing() {
        assertEquals(List.of(), spot("Fresh bread baked daily", "", "  --  "));
        assertEquals(List.of(), SPOTTER.spot(List.of()));
    }

    @Test
    void oneSightingPerTermTheBest() {
        TextLine typo = line("Adibas", 1);
        TextLine unsure = line("Adidas", 0.5f);
        TextLine sure = line("Adidas", 0.8f);
        assertSame(sure, SPOTTER.spot(List.of(typo, unsure, sure, typo)).get(0).line(), "fewest edits, then surest");
        assertEquals(1, SPOTTER.spot(List.of(typo, unsure, sure)).size());

        only("Coca-Cola", "CocaCola", 0, "Coca Cola", "CocaCola"); // then the fewest words
    }

    @Test
    void confidenceIsTheScoreLessTheShareOfTheNameEdited() {
        List<BrandSighting> sightings = SPOTTER.spot(List.of(line("Coca Cloa", 0.5f)));
        assertEquals(0.5f * (1 - 2 / 8f), sightings.get(0).confidence(), 1e-6);
    }

    @Test
    void mostConfidentFirst() {
        List<BrandSighting> sightings = SPOTTER.spot(
                List.of(line("Adibas", 0.9f), line("Pepsi", 0.6f), line("Coca Cola", 0.92f), line("Nike", 0.95f)));

        assertEquals(
                List.of("Nike", "Coca-Cola", "Adidas", "Pepsi"),
                sightings.stream().map(BrandSighting::term).toList());
        for (int i = 1; i < sightings.size(); i++) {
            assertTrue(sightings.get(i - 1).confidence() >= sightings.get(i).confidence());
        }
    }
}
