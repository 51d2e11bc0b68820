package org.taxonomist.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FillingHistoryTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Test
    void onePercentagePerFieldAndDayWithGapsWhereNothingWasRecorded() {
        FillingHistory history = FillingHistory.of(List.of(
                new FillingSnapshot(MONDAY, new FillingRate("Asset Type", 100, 33)),
                new FillingSnapshot(MONDAY.plusDays(2), new FillingRate("Asset Type", 100, 94)),
                new FillingSnapshot(MONDAY.plusDays(2), new FillingRate("Brand", 100, 5))));

        assertEquals(List.of(MONDAY, MONDAY.plusDays(2)), history.days());
        assertEquals(List.of(33.0, 94.0), history.percents().get("Asset Type"));
        assertEquals(Arrays.asList(null, 5.0), history.percents().get("Brand"), "Brand did not exist on Monday");
    }

    @Test
    void noAssetsMeansNothingFilled() {
        assertEquals(0.0, new FillingRate("Subject", 0, 0).percent());
    }
}
