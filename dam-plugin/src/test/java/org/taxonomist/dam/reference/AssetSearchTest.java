package org.taxonomist.dam.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AssetSearchTest {

    @Test
    void aFieldNameIsTakenLiterallyInTheUnlabelledFilter() {
        assertEquals("Q&A\\?=", AssetSearch.wildcardLiteral("Q&A?="));
        assertEquals("Stars \\* and \\\\ slashes=", AssetSearch.wildcardLiteral("Stars * and \\ slashes="));
    }
}
