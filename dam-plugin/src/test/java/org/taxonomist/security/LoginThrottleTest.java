package org.taxonomist.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final int FREE_FAILURES = 5;

    private final LoginThrottle throttle = new LoginThrottle(FREE_FAILURES);
    private final Instant start = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void aFewMistakesCostNothingThenEachFailureDoublesTheLock() {
        for (int i = 0; i < FREE_FAILURES; i++) {
            assertEquals(Optional.empty(), throttle.failed("user:lena", start), "failure " + (i + 1));
        }
        assertEquals(Optional.of(start.plusSeconds(1)), throttle.failed("user:lena", start));
        assertEquals(Optional.of(start.plusSeconds(2)), throttle.failed("user:lena", start));
        assertEquals(Optional.of(start.plusSeconds(4)), throttle.failed("user:lena", start));
        assertEquals(Optional.of(start.plusSeconds(4)), throttle.lockedUntil("user:lena", start.plusSeconds(3)));
        assertEquals(Optional.empty(), throttle.lockedUntil("user:lena", start.plusSeconds(4)));
        assertEquals(Optional.empty(), throttle.lockedUntil("user:mario", start), "other accounts are not affected");
    }

    @Test
    void theLockNeverExceedsAQuarterOfAnHour() {
        Instant now = start;
        Optional<Instant> until = Optional.empty();
        for (int i = 0; i < 40; i++) {
            until = throttle.failed("address:10.0.0.9", now);
            now = now.plusSeconds(1);
        }
        assertTrue(
                Duration.between(now.minusSeconds(1), until.orElseThrow()).compareTo(LoginThrottle.MAX_LOCK) <= 0,
                until.toString());
        assertTrue(Duration.between(now.minusSeconds(1), until.orElseThrow())
                        .compareTo(LoginThrottle.MAX_LOCK.minusSeconds(1))
                >= 0);
    }

    @Test
    void aSuccessOrAnUnlockClearsTheCountAndOldFailuresAreForgotten() {
        for (int i = 0; i < 7; i++) {
            throttle.failed("user:lena", start);
        }
        throttle.unlock("user:lena");
        assertEquals(Optional.empty(), throttle.lockedUntil("user:lena", start));
        for (int i = 0; i < 5; i++) {
            throttle.failed("user:lena", start);
        }
        throttle.succeeded("user:lena");
        assertEquals(Optional.empty(), throttle.failed("user:lena", start), "counting starts again");
        for (int i = 0; i < 4; i++) {
            throttle.failed("user:lena", start);
        }
        Instant later = start.plus(LoginThrottle.FORGET_AFTER).plusSeconds(1);
        assertEquals(
                Optional.empty(), throttle.failed("user:lena", later), "a failure an hour later is the first again");
    }
}
