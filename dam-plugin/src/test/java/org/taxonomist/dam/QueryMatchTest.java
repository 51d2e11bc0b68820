package org.taxonomist.dam;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QueryMatchTest {

    @Test
    void aQueryNamesAPhraseByItsWholeWordsInARow() {
        assertTrue(QueryMatch.names("beach scene", "Beach Scene"));
        assertTrue(QueryMatch.names("  Beach   scene at dusk!", "beach scene"));
        assertTrue(QueryMatch.names("sand-bar", "sand bar"), "punctuation separates words");
        assertTrue(QueryMatch.names("coast", "coast"));
    }

    @Test
    void partsOfWordsAndScatteredWordsDoNotCount() {
        assertFalse(QueryMatch.names("beaches", "beach"));
        assertFalse(QueryMatch.names("beach", "beach scene"), "the whole phrase is needed");
        assertFalse(QueryMatch.names("scene beach", "beach scene"));
        assertFalse(QueryMatch.names("seacoast", "coast"));
        assertFalse(QueryMatch.names("coast", " !! "), "a phrase without words names nothing");
    }
}
