package org.taxonomist.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MapColouringTest {

    private static MapPoints points(int n) {
        List<Long> ids = new ArrayList<>();
        float[][] xy = new float[n][];
        for (int i = 0; i < n; i++) {
            ids.add((long) i);
            xy[i] = new float[] {i / (float) n, 0.5f};
        }
        return MapPoints.of(ids, xy);
    }

    @Test
    void anAssetWithSeveralTermsTakesItsCommonestAndRareTermsBeyondTenAreOther() {
        Map<Long, List<String>> terms = new HashMap<>();
        for (long i = 0; i < 10; i++) {
            terms.put(i, List.of("Boats"));
        }
        terms.put(10L, List.of("Harbours", "Boats"));
        for (int t = 0; t < 11; t++) {
            terms.put(11L + t, List.of("Rare " + (char) ('a' + t)));
        }
        terms.put(11L, List.of("Rare a", "Rare b"));
        terms.put(22L, List.of("Rare a"));

        MapColouring colouring = MapColouring.byTerm("Subject", points(25), terms);

        List<String> legend =
                colouring.legend().stream().map(MapColouring.Group::name).toList();
        assertEquals("Boats", legend.get(0));
        assertEquals("Rare a", legend.get(1), "two assets: the next commonest");
        assertEquals(List.of("other terms", "no term"), legend.subList(10, 12));
        assertEquals(11, colouring.legend().get(0).count(), "asset 10 is a boat, its commonest term");
        assertEquals(0, colouring.codes()[10]);
        assertEquals(1, colouring.codes()[11], "Rare a and Rare b are as common: the first by name");
        assertEquals(10, colouring.codes()[21], "Rare k is beyond the ten commonest: other terms");
        assertEquals(11, colouring.codes()[23]);
        assertEquals(2, colouring.legend().get(11).count(), "assets 23 and 24 have no term");
    }

    @Test
    void unlabelledAndSuspicionGroupsCountWhatTheyHold() {
        MapColouring unlabelled = MapColouring.unlabelledIn("Brand", points(4), Set.of(1L, 2L));
        MapColouring suspicion = MapColouring.bySuspicion(points(4), Map.of(0L, 0.95, 1L, 0.8, 2L, 0.2));

        assertArrayEquals(new byte[] {0, 1, 1, 0}, unlabelled.codes());
        assertEquals(
                List.of(new MapColouring.Group("unlabelled", 2), new MapColouring.Group("labelled", 2)),
                unlabelled.legend());
        assertArrayEquals(new byte[] {0, 0, 2, 3}, suspicion.codes());
        assertEquals(
                List.of(2, 0, 1, 1),
                suspicion.legend().stream().map(MapColouring.Group::count).toList());
    }
}
