package org.taxonomist.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Deciding the same way twice is harmless; changing a decision is refused, naming who decided and when. */
class DecisionRuleTest {

    private enum Status { PENDING, APPROVED, REJECTED }

    private static final Instant NOON = Instant.parse("2026-12-05T12:00:00Z");

    @Test
    void aPendingEntryMayBeDecided() {
        assertTrue(DecisionRule.mayDecide(Status.PENDING, Status.APPROVED, Status.PENDING, "Suggestion 12", null, null));
    }

    @Test
    void decidingTheSameWayAgainChangesNothing() {
        assertFalse(DecisionRule.mayDecide(Status.APPROVED, Status.APPROVED, Status.PENDING, "Suggestion 12", "ana", NOON));
    }

    @Test
    void decidingTheOtherWayIsAConflictThatSaysWhoDecided() {
        DecisionConflictException conflict = assertThrows(DecisionConflictException.class,
                () -> DecisionRule.mayDecide(Status.REJECTED, Status.APPROVED, Status.PENDING, "Correction 3", "ana", NOON));
        assertEquals("Correction 3 was already rejected by ana at 2026-12-05T12:00:00Z.", conflict.getMessage());
        assertEquals(409, conflict.status());
    }
}
