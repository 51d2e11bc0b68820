package org.taxonomist.web.dam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimilarImagesPanelTest {

    private final SimilarImagesPanel panel = new SimilarImagesPanel(
            7,
            List.of(
                    new FieldChoice("Subject", true, List.of("Boats", "Cars"), null, Map.of()),
                    new FieldChoice("Finish", true, List.of("Matte"), null, Map.of())));

    /** A term belongs to its field: choosing another field forgets it, as the grid's filter does. */
    @Test
    void choosingAnotherFieldForgetsTheTerm() {
        panel.setField("Subject");
        assertEquals(List.of("Boats", "Cars"), panel.getTerms());
        panel.setTerm("Boats");
        panel.setField("Subject");
        assertEquals("Boats", panel.getTerm(), "the same field again (the form sends it with every request)");
        panel.setField("Finish");
        assertNull(panel.getTerm());
        assertEquals(List.of("Matte"), panel.getTerms());
        panel.setField(null);
        assertEquals(List.of(), panel.getTerms());
    }
}
