package org.taxonomist.batch.schedule;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.taxonomist.failure.InvalidRequestException;

/**
 * Any schedule an admin types is accepted or refused with a reason naming what is wrong, and an
 * accepted one fires at a later minute that it matches, from any start in any time zone (daylight
 * saving included), or says that it never matches.
 */
class CronExpressionFuzzTest {

    private static final ZoneId[] ZONES = {
        ZoneId.of("UTC"),
        ZoneId.of("Europe/Berlin"),
        ZoneId.of("America/Sao_Paulo"),
        ZoneId.of("Australia/Lord_Howe"),
        ZoneId.of("Asia/Kathmandu")
    };

    @DictionaryEntries({"*", "*/", "-", ",", " ", "0", "7", "23", "29", "31", "59", "60", "2", "*/15", "1-5", "\\x09"})
    @FuzzTest(maxDuration = "15s")
    void acceptsOrRefusesAndFiresLater(FuzzedDataProvider data) {
        ZoneId zone = ZONES[data.consumeInt(0, ZONES.length - 1)];
        ZonedDateTime start =
                Instant.ofEpochSecond(data.consumeLong(0, 4_102_444_800L)).atZone(zone); // 1970–2100
        String text = data.consumeRemainingAsString();
        CronExpression cron;
        try {
            cron = CronExpression.parse(text);
        } catch (InvalidRequestException refused) {
            assertTrue(refused.getMessage() != null && !refused.getMessage().isBlank(), "a refusal says why");
            return;
        }
        ZonedDateTime next;
        try {
            next = cron.next(start);
        } catch (InvalidRequestException never) {
            assertTrue(never.getMessage().contains("never matches"), never.getMessage());
            return;
        }
        assertTrue(next.isAfter(start), next + " after " + start);
        assertTrue(next.equals(next.truncatedTo(ChronoUnit.MINUTES)), "on a whole minute: " + next);
        assertTrue(next.isBefore(start.plusYears(9)), "within the search horizon: " + next);
        assertTrue(cron.next(next.minusMinutes(1)).equals(next), "the minute it fires at matches: " + next);
    }
}
