package org.taxonomist.correction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidenceTest {

    @Test
    void readsBackAsStoredInItsOrderWithTermsThatHoldTheSeparator() {
        Map<String, Double> probabilities = new LinkedHashMap<>();
        probabilities.put("E=mc2 posters", 0.9123);
        probabilities.put("Cats", 0.03);
        Evidence evidence = new Evidence(probabilities, 3, 192, List.of(41L, 7L));

        Evidence read = Evidence.stored(evidence.storedProbabilities(), 3, 192, evidence.storedNeighbours());

        assertEquals(
                List.of("E=mc2 posters", "Cats"),
                List.copyOf(read.probabilities().keySet()));
        assertEquals(0.912, read.probabilities().get("E=mc2 posters"), 1e-9, "three decimals are kept");
        assertEquals(List.of(41L, 7L), read.neighbours());
        assertEquals(Evidence.NONE, Evidence.stored(null, 0, 0, null), "an earlier audit's correction has none");
    }

    @Test
    void percentileRoundsUpSoTheFirstIsNeverTopZero() {
        assertEquals("top 2 %", new Evidence(Map.of(), 3, 192, List.of()).percentile());
        assertEquals("top 1 %", new Evidence(Map.of(), 1, 5000, List.of()).percentile());
        assertEquals("top 100 %", new Evidence(Map.of(), 192, 192, List.of()).percentile());
        assertEquals("", Evidence.NONE.percentile());
    }
}
