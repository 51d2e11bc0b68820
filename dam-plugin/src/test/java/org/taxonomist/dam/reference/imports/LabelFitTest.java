package org.taxonomist.dam.reference.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Which field a manifest's labels are meant for, counted before an import stores anything. */
class LabelFitTest {

    private static final Map<String, Predicate<String>> TAXONOMY = new LinkedHashMap<>();

    static {
        TAXONOMY.put("Asset Type", Set.of("Photo", "Illustration")::contains);
        TAXONOMY.put("Subject", Set.of("Animals", "Vehicles", "People")::contains);
        TAXONOMY.put("Keywords", Set.of("Animals", "sea")::contains);
    }

    @Test
    void subjectLabelsImportedIntoAssetTypeAreRefusedAndSubjectIsProposed() {
        LabelFit fit = LabelFit.of(
                List.of(List.of("Animals"), List.of("Vehicles"), List.of("People", "Animals"), List.of()), TAXONOMY);
        assertEquals(3, fit.labelledRows());
        assertEquals(Optional.of("Subject"), fit.proposed());
        assertTrue(fit.wrongField("Asset Type"));
        assertFalse(fit.wrongField("Subject"));
        assertFalse(fit.wrongField("Keywords"), "one row fits Keywords: a choice, not a mistake");
        assertEquals("3 rows have labels: 3 fit Subject, 1 fits Keywords, none fit Asset Type.", fit.describe());
    }

    @Test
    void aTieGoesToTheFirstFieldOfTheTaxonomy() {
        assertEquals(
                Optional.of("Subject"),
                LabelFit.of(List.of(List.of("Animals")), TAXONOMY).proposed());
    }

    @Test
    void labelsThatFitNoFieldAreLeftToTheRowsChecks() {
        LabelFit fit = LabelFit.of(List.of(List.of("Unicorns")), TAXONOMY);
        assertEquals(Optional.empty(), fit.proposed());
        assertFalse(fit.wrongField("Subject"), "each row is then skipped with its own reason");
    }

    @Test
    void aManifestWithoutLabelsFitsAnyField() {
        LabelFit fit = LabelFit.of(List.of(List.of(), List.of()), TAXONOMY);
        assertFalse(fit.wrongField("Asset Type"));
        assertEquals("No row has labels.", fit.describe());
    }
}
