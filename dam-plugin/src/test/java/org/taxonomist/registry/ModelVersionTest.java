package org.taxonomist.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelVersionTest {

    @Test
    void aModelsSourceNamesItsFieldEvenWithSpacesAndOtherSourcesNone() {
        assertEquals(Optional.of("Asset Type"), ModelVersion.fieldOfSource("model:Asset Type v12"));
        assertEquals(Optional.empty(), ModelVersion.fieldOfSource("human-centernet@3.3.6"));
        assertEquals(Optional.empty(), ModelVersion.fieldOfSource("model:Subject"));
    }
}
