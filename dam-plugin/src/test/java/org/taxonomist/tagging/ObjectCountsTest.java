package org.taxonomist.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectCountsTest {

    @Test
    void countsRepeatedObjectsMostNumerousFirstAndKeepsTheOrderFoundOtherwise() {
        assertEquals("2 × person, bottle, cup", ObjectCounts.of(List.of("bottle", "person", "cup", "person")));
        assertEquals("cup, dining table", ObjectCounts.of(List.of("cup", "dining table")));
        assertEquals("", ObjectCounts.of(List.of()));
    }
}
