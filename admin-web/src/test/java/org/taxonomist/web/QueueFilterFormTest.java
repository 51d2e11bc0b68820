package org.taxonomist.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.taxonomist.decision.QueueFilter;
import org.taxonomist.decision.ReviewStatus;

class QueueFilterFormTest {

    @Test
    void percentsTypedBecomeTheQueuesScoresAndABlankFieldMeansAny() {
        QueueFilterForm form = new QueueFilterForm();
        form.setField(" ");
        form.setTerm("Vehicles");
        form.setMinPercent(80);
        assertEquals(
                new QueueFilter(null, Set.of(), "Vehicles", null, 0.8, null, ReviewStatus.PENDING), form.pending());
        assertTrue(form.narrows());
    }

    @Test
    void anEmptyFormDoesNotNarrowTheQueue() {
        QueueFilterForm form = new QueueFilterForm();
        form.setField("");
        assertFalse(form.narrows(), "nothing to decide 'all matching' on");
        assertFalse(form.hasField());
    }
}
