package org.taxonomist.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MapRegionTest {

    @Test
    void aLassoThatFoldsBackHoldsWhatItsOutlineEncloses() {
        // A "C" shape: the notch between its arms is outside.
        MapRegion c = MapRegion.parse("0,0;1,0;1,0.3;0.3,0.3;0.3,0.7;1,0.7;1,1;0,1");

        assertTrue(c.contains(0.1, 0.5));
        assertTrue(c.contains(0.9, 0.1));
        assertFalse(c.contains(0.8, 0.5), "inside the notch");
        assertFalse(c.contains(1.5, 0.5));
    }

    @Test
    void badRegionsAreRefusedWithWhatIsWrong() {
        assertEquals(
                "A region has 3 to 2000 corners, not 2.",
                assertThrows(IllegalArgumentException.class, () -> MapRegion.parse("0,0;1,1"))
                        .getMessage());
        assertEquals(
                "Corner 2 of the region is not two numbers x,y: '1'.",
                assertThrows(IllegalArgumentException.class, () -> MapRegion.parse("0,0;1;1,1"))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> MapRegion.parse("0,0;NaN,1;1,1"));
        assertThrows(IllegalArgumentException.class, () -> MapRegion.parse(null));
        assertThrows(IllegalArgumentException.class, () -> MapRegion.parse("0,0;".repeat(2001)));
    }
}
