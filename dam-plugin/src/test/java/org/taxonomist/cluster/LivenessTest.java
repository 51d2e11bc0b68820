package org.taxonomist.cluster;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LivenessTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void aServerIsAliveUntilSixBeatsAreMissed() {
        assertTrue(Liveness.alive(NOW.minusSeconds(5), NOW));
        assertTrue(Liveness.alive(NOW.minusSeconds(29), NOW), "a busy server that beats late is not taken over");
        assertFalse(Liveness.alive(NOW.minusSeconds(30), NOW));
        assertFalse(Liveness.alive(null, NOW), "a server that never beat");
    }
}
