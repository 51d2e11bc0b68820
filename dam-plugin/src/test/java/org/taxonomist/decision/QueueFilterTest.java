package org.taxonomist.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a review queue's filter keeps and when it may decide "all matching" at once. */
class QueueFilterTest {

    @Test
    void blankTextIsNoRestrictionAndTextIsTrimmed() {
        QueueFilter filter = QueueFilter.pending(null, "  ", " Animals ", "", null, null);
        assertEquals(Set.of(), filter.fields());
        assertEquals("Animals", filter.term());
        assertNull(filter.source());
        assertEquals(ReviewStatus.PENDING, filter.status());
    }

    @Test
    void theWholeQueueIsNeverDecidedAtOnce() {
        assertFalse(QueueFilter.pending().narrows(), "only the status: every pending entry");
        assertFalse(QueueFilter.pending(null, "", " ", "", null, null).narrows(), "blank filters narrow nothing");
    }

    @Test
    void anyOneRestrictionNarrows() {
        assertTrue(QueueFilter.pending(12L, null, null, null, null, null).narrows());
        assertTrue(QueueFilter.pending(null, "Subject", null, null, null, null).narrows());
        assertTrue(QueueFilter.pending(null, null, "Animals", null, null, null).narrows());
        assertTrue(QueueFilter.pending(null, null, null, "model:Subject", null, null)
                .narrows());
        assertTrue(QueueFilter.pending(null, null, null, null, 0.0, null).narrows());
        assertTrue(QueueFilter.pending(null, null, null, null, null, 0.5).narrows());
    }

    @Test
    void aSourceMatchesEveryVersionOfItsModelTakenLiterally() {
        assertEquals("model:Subject%", QueueQuery.startsWith("model:Subject"));
        assertEquals("100\\% \\_sure\\\\%", QueueQuery.startsWith("100% _sure\\"));
    }
}
