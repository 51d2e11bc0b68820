package org.taxonomist.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How an entry of any review queue is decided: once, by a person or by the model, and withdrawn when its change is undone. */
class ReviewTest {

    @Test
    void aNewEntryWaitsForALibrarian() {
        Review review = new Review();
        assertEquals(ReviewStatus.PENDING, review.getStatus());
        assertNull(review.getDecidedBy());
        assertFalse(review.isApplied());
    }

    @Test
    void approvingRecordsWhoAndWhen() {
        Review review = new Review();
        assertTrue(review.decide(Decision.APPROVE, "ana", "Suggestion 12"));
        assertEquals(ReviewStatus.APPROVED, review.getStatus());
        assertEquals("ana", review.getDecidedBy());
        assertNotNull(review.getDecidedAt());
        assertTrue(review.isApplied());
    }

    @Test
    void decidingTheSameWayAgainChangesNothing() {
        Review review = new Review();
        review.decide(Decision.REJECT, "ana", "Suggestion 12");
        assertFalse(review.decide(Decision.REJECT, "bo", "Suggestion 12"));
        assertEquals("ana", review.getDecidedBy());
    }

    @Test
    void decidingTheOtherWayIsAConflictThatSaysWhoDecided() {
        Review review = new Review();
        review.decide(Decision.REJECT, "ana", "Correction 3");
        DecisionConflictException conflict = assertThrows(
                DecisionConflictException.class, () -> review.decide(Decision.APPROVE, "bo", "Correction 3"));
        assertEquals(
                "Correction 3 was already rejected by ana at " + review.getDecidedAt() + ".", conflict.getMessage());
        assertEquals(409, conflict.status());
        assertEquals(ReviewStatus.REJECTED, review.getStatus());
    }

    @Test
    void theModelAppliesOnlyAPendingEntryUnderItsOwnName() {
        Review pending = new Review();
        assertTrue(pending.applyAutomatically("model:Subject v2"));
        assertEquals(ReviewStatus.AUTOMATIC, pending.getStatus());
        assertEquals("model:Subject v2", pending.getDecidedBy());

        Review rejected = new Review();
        rejected.decide(Decision.REJECT, "ana", "Suggestion 4");
        assertFalse(rejected.applyAutomatically("model:Subject v2"), "a rejected term is never applied again");
        assertEquals("ana", rejected.getDecidedBy());

        Review approved = new Review();
        approved.decide(Decision.APPROVE, "ana", "Suggestion 5");
        assertTrue(approved.applyAutomatically("model:Subject v2"), "already applied by a person");
        assertEquals(ReviewStatus.APPROVED, approved.getStatus());
    }

    @Test
    void undoingTheChangeThatAppliedAnEntryRejectsIt() {
        Review automatic = new Review();
        automatic.applyAutomatically("model:Subject v2");
        automatic.withdraw("bo");
        assertEquals(ReviewStatus.REJECTED, automatic.getStatus());
        assertEquals("bo", automatic.getDecidedBy());

        Review pending = new Review();
        pending.withdraw("bo");
        assertEquals(ReviewStatus.PENDING, pending.getStatus(), "nothing was applied, so nothing is withdrawn");
    }
}
