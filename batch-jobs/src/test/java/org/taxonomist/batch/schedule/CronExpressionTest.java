package org.taxonomist.batch.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.taxonomist.failure.InvalidRequestException;

class CronExpressionTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** A Tuesday. */
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 24, 14, 7, 31, 0, ZONE);

    private static ZonedDateTime at(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, ZONE);
    }

    @Test
    void findsTheNextMatchingMinute() {
        assertEquals(at(11, 24, 14, 8), CronExpression.parse("* * * * *").next(NOW));
        assertEquals(at(11, 25, 2, 30), CronExpression.parse("30 2 * * *").next(NOW), "nightly: tomorrow");
        assertEquals(at(11, 24, 14, 15), CronExpression.parse("*/15 * * * *").next(NOW));
        assertEquals(
                at(11, 24, 15, 0), CronExpression.parse("0 9-17/3,18 * * *").next(NOW), "9, 12, 15, 18");
        assertEquals(
                at(11, 24, 18, 0), CronExpression.parse("0 9-17/3,18 * * *").next(at(11, 24, 15, 0)));
        assertEquals(at(11, 30, 6, 0), CronExpression.parse("0 6 * * 1").next(NOW), "Monday");
        assertEquals(at(11, 29, 6, 0), CronExpression.parse("0 6 * * 7").next(NOW), "7 is Sunday too");
        assertEquals(at(12, 1, 0, 0), CronExpression.parse("0 0 1 * *").next(NOW));
        assertEquals(
                ZonedDateTime.of(2028, 2, 29, 0, 0, 0, 0, ZONE),
                CronExpression.parse("0 0 29 2 *").next(NOW),
                "leap day");
    }

    @Test
    void restrictedDayFieldsMatchEitherDay() {
        // 1st of the month or any Friday, whichever comes first: Friday 27 November
        assertEquals(at(11, 27, 0, 0), CronExpression.parse("0 0 1 * 5").next(NOW));
    }

    /**
     * Found by CronExpressionFuzzTest: on Lord Howe Island clocks go back half an hour (02:00 to 01:30),
     * and from 01:45 on the second pass the search jumped to 01:00, before it, and went round for ever.
     */
    @Test
    void aHalfHourClockChangeBackIsPassed() {
        ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
        ZonedDateTime secondPass =
                ZonedDateTime.of(LocalDateTime.of(2026, 4, 5, 1, 45), lordHowe).withLaterOffsetAtOverlap();
        ZonedDateTime next = assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> CronExpression.parse("0 3 * * *").next(secondPass));
        assertEquals(ZonedDateTime.of(2026, 4, 5, 3, 0, 0, 0, lordHowe), next);
    }

    @Test
    void nextIsStrictlyLater() {
        ZonedDateTime onTheMinute = at(11, 24, 2, 30);
        assertEquals(at(11, 25, 2, 30), CronExpression.parse("30 2 * * *").next(onTheMinute));
    }

    @Test
    void badExpressionsNameTheField() {
        InvalidRequestException e =
                assertThrows(InvalidRequestException.class, () -> CronExpression.parse("61 * * * *"));
        assertTrue(e.getMessage().contains("minute"), e.getMessage());
        assertTrue(assertThrows(InvalidRequestException.class, () -> CronExpression.parse("* * * *"))
                .getMessage()
                .contains("five"));
        assertTrue(assertThrows(InvalidRequestException.class, () -> CronExpression.parse("0 5-2 * * *"))
                .getMessage()
                .contains("hour"));
        assertTrue(assertThrows(InvalidRequestException.class, () -> CronExpression.parse("0 0 * JAN *"))
                .getMessage()
                .contains("month"));
        assertThrows(InvalidRequestException.class, () -> CronExpression.parse("*/0 * * * *"));
        assertThrows(InvalidRequestException.class, () -> CronExpression.parse(" "));
        assertThrows(
                InvalidRequestException.class,
                () -> CronExpression.parse("0 0 31 2 *").next(NOW),
                "never matches");
    }
}
